// Generated from the server's OpenAPI document (/openapi/v1.json) by openapi-typescript — do not edit.
// Regenerate: scripts/gen-api-types.sh (starts the server on the embedded store), or
// `npm run gen:api` in src/Hanyang.Gis.MapClient against a running server (HANYANG_API).

export interface paths {
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which communities reach a facility kind within a travel time, by street, zone and district */
        get: operations["Coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facility-circle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One facility's service circle and the communities inside it */
        get: operations["FacilityCircle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/facility-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facility kinds: identifier, the plan's Chinese name, capacity unit and service standards */
        get: operations["FacilityKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/isochrones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service circles of every facility of a kind and their union */
        get: operations["Isochrones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/medical-circles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's four 10-minute medical emergency circles by car, off-peak or peak */
        get: operations["MedicalCircles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plan-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress towards the plan's 2025 facility targets, counted from the facilities in the data */
        get: operations["PlanTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every existing facility a community reaches within a travel time, with the routes it takes */
        get: operations["Reach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every scenario, by id */
        get: operations["ListScenarios"];
        put?: never;
        /** Creates a scenario from {"name", "description", "id"?, "added_facilities"?: a GeoJSON FeatureCollection in WGS84, "removed_facilities"?: [ids]} in one step, all or nothing; needs the bearer token */
        post: operations["CreateScenario"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One scenario with its proposed and closed facilities */
        get: operations["GetScenario"];
        put?: never;
        post?: never;
        /** Deletes a scenario (If-Match: its version); needs the bearer token */
        delete: operations["DeleteScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/added-facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds a proposed facility (a GeoJSON Feature in WGS84) to a scenario; If-Match: the scenario's version */
        post: operations["AddProposedFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/added-facilities/{facilityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Takes a proposed facility out of a scenario; If-Match: the scenario's version */
        delete: operations["RemoveProposedFacility"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coverage of the plan and of the plan with the scenario applied, and the change */
        get: operations["ScenarioCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/scenarios/{id}/removed-facilities/{facilityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks an existing facility as closed in a scenario; If-Match: the scenario's version */
        post: operations["CloseFacilityInScenario"];
        /** Keeps a facility the scenario had closed; If-Match: the scenario's version */
        delete: operations["ReopenFacilityInScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service standards by kind (GB 50180-2018 and others), the primary one first: the budget coverage uses by default */
        get: operations["ServiceStandards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/siting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the next facilities of a kind should go (MCLP, LSCP, p-median, capacitated), with coverage before and after */
        get: operations["Siting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/travel-modes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The travel modes: identifier for mode=, Chinese label and the speed the analyses use */
        get: operations["TravelModes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store in force and whether it can serve the plan (200 ok; 503 unavailable, naming the reason: unreachable, login-refused, not-migrated, not-seeded) */
        get: operations["Health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Landing page */
        get: operations["OgcLanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenAPI 3.0 definition */
        get: operations["OgcOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feature collections */
        get: operations["OgcCollections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One collection */
        get: operations["OgcCollection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Features of a collection, filtered by bbox and by queryable properties (e.g. roads?class=arterial), and paged */
        get: operations["OgcItems"];
        put?: never;
        /** Adds a facility or candidate site (a GeoJSON Feature in WGS84); needs the bearer token */
        post: operations["CreateItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{id}/items/{featureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feature */
        get: operations["OgcItem"];
        /** Replaces a facility or candidate site; If-Match names the version it is based on; needs the bearer token */
        put: operations["ReplaceItem"];
        post?: never;
        /** Deletes a facility or candidate site; If-Match names the version; needs the bearer token */
        delete: operations["DeleteItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/collections/{id}/queryables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The properties a collection's items can be filtered on (OGC API – Features, Part 3) */
        get: operations["OgcQueryables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ogc/conformance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conformance classes */
        get: operations["OgcConformance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tiles/{collection}/{z}/{x}/{y}.mvt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A Mapbox vector tile (EPSG:3857 XYZ scheme) of a collection; one layer named after the collection, with the items' properties */
        get: operations["VectorTile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Coverage of one area, rounded for reading. */
        AreaSummary: {
            /** Format: int32 */
            communities: number;
            /** Format: double */
            coverage_rate: number;
            /** Format: int32 */
            covered_communities: number;
            /** Format: int64 */
            covered_population: number;
            id: string;
            name: string;
            /** Format: int64 */
            population: number;
            /** Format: double */
            straight_line_coverage_rate: number;
            /** Format: int64 */
            straight_line_covered_population: number;
        };
        /** @description A community as the planner's analyses name it. */
        CommunityResponse: {
            accuracy: string;
            code: string;
            name: string;
            /** Format: int32 */
            population: number;
            street: string;
        };
        /** @description GET /api/coverage: the coverage summary (as CoverageSummary) and every community as a GeoJSON point. */
        CoverageResponse: {
            communities: components["schemas"]["JsonElement"];
            district: components["schemas"]["AreaSummary"];
            /** Format: int32 */
            facilities: number;
            kind: string;
            /** Format: double */
            minutes: number;
            mode: string;
            /** Format: double */
            standard_meters: null | number;
            /** Format: double */
            straight_line_radius_meters: number;
            streets: components["schemas"]["AreaSummary"][];
            uncovered: components["schemas"]["UncoveredCommunity"][];
            zones: components["schemas"]["AreaSummary"][];
        };
        /**
         * @description The coverage result as planners read it (and as the CLI's `--format json` and the API return it):
         *     rates for the district, each street and each zone, and the uncovered communities.
         */
        CoverageSummary: {
            district: components["schemas"]["AreaSummary"];
            /** Format: int32 */
            facilities: number;
            kind: string;
            /** Format: double */
            minutes: number;
            mode: string;
            /** Format: double */
            standard_meters: null | number;
            /** Format: double */
            straight_line_radius_meters: number;
            streets: components["schemas"]["AreaSummary"][];
            uncovered: components["schemas"]["UncoveredCommunity"][];
            zones: components["schemas"]["AreaSummary"][];
        };
        /** @description GET /api/facility-circle: the facility, its circle (area and reached network) and the communities inside, as GeoJSON. */
        FacilityCircleResponse: {
            circle: components["schemas"]["JsonElement"];
            communities: components["schemas"]["JsonElement"];
            facility: components["schemas"]["FacilityResponse"];
            /** Format: double */
            minutes: number;
            mode: string;
            /** Format: int64 */
            population_inside: number;
            profile: string;
            /** Format: double */
            reached_network_meters: number;
        };
        /** @description A facility kind as the map and other clients name it (`GET /api/facility-kinds`). */
        FacilityKindResponse: {
            /** @description The unit capacity is counted in: seats, beds, spaces or square-metres. */
            capacity_unit: string;
            /** @description The kind identifier, e.g. primary-school. */
            id: string;
            /** @description The plan's Chinese term, e.g. 小学. */
            name_zh: string;
            /** @description The kind's service standards, the primary one first. */
            standards: components["schemas"]["ServiceStandardResponse"][];
        };
        /** @description A facility as an analysis names it. */
        FacilityResponse: {
            accuracy: string;
            id: string;
            kind: string;
            name: string;
            status: string;
        };
        /** @description The body of /health. */
        HealthReport: {
            /** @description Which store, as the server logged it at start. */
            description: string;
            /** @description What failed and what to run or check; null when the store can serve. */
            problem: null | string;
            /** @description Why the store cannot serve: "unreachable", "login-refused", "not-migrated" or "not-seeded"; null when it can. */
            reason: null | string;
            /** @description "ok" or "unavailable". */
            status: string;
            /** @description "postgis" or "embedded". */
            store: string;
        };
        JsonElement: unknown;
        /** @description GET /api/medical-circles: the four circles as GeoJSON, who is outside them, and the circles without an anchor hospital. */
        MedicalCirclesResponse: {
            circles: components["schemas"]["JsonElement"];
            /** Format: double */
            minutes: number;
            outside: components["schemas"]["OutsideResponse"];
            /** Format: int64 */
            population: number;
            profile: string;
            travel_profile: string;
            without_anchor: string[];
        };
        /** @description One collection (Part 1 §7.14): its extent in CRS84 and its links (self, items, queryables, tiles when served). */
        OgcCollectionDescription: {
            crs: string[];
            description: string;
            extent: components["schemas"]["OgcExtent"];
            id: string;
            itemType: string;
            links: components["schemas"]["OgcLink"][];
            title: string;
        };
        /** @description /collections (Part 1 §7.13). */
        OgcCollectionList: {
            collections: components["schemas"]["OgcCollectionDescription"][];
            links: components["schemas"]["OgcLink"][];
        };
        /** @description The conformance declaration (Part 1 §7.4). */
        OgcConformance: {
            conformsTo: string[];
        };
        /** @description A collection's extent. */
        OgcExtent: {
            spatial: components["schemas"]["OgcSpatialExtent"];
        };
        /** @description The landing page (Part 1 §7.2). */
        OgcLandingPage: {
            description: string;
            links: components["schemas"]["OgcLink"][];
            title: string;
        };
        /** @description A link of the OGC API (Part 1 §7.2): absolute href, relation, media type, title; `templated` only for URL templates. */
        OgcLink: {
            href: string;
            rel: string;
            templated?: null | boolean;
            title: string;
            type: string;
        };
        /** @description A spatial extent: bounding boxes as [minLon, minLat, maxLon, maxLat] in string OgcSpatialExtent.Crs. */
        OgcSpatialExtent: {
            bbox: number[][];
            crs: string;
        };
        /** @description The communities outside every circle. */
        OutsideResponse: {
            /** Format: int32 */
            communities: number;
            list: components["schemas"]["CommunityResponse"][];
            /** Format: int64 */
            population: number;
            /** Format: double */
            rate: number;
        };
        /** @description One of the plan's targets and the progress towards it (GET /api/plan-targets). */
        PlanTargetResponse: {
            basis: string;
            chapter: string;
            /** Format: int32 */
            counted: null | number;
            description: string;
            /** Format: int32 */
            existing: number;
            id: string;
            kind: null | string;
            period: string;
            /** Format: int32 */
            planned: number;
            /** Format: double */
            progress: null | number;
            source: string;
            /** Format: int32 */
            target_count: null | number;
            /** Format: double */
            target_value: null | number;
            /** Format: int32 */
            under_construction: number;
            unit: null | string;
        };
        ProblemDetails: {
            detail?: null | string;
            instance?: null | string;
            /** Format: int32 */
            status?: null | number;
            title?: null | string;
            type?: null | string;
        };
        /** @description A facility a community reaches. */
        ReachedFacilityResponse: {
            accuracy: string;
            id: string;
            kind: string;
            /** Format: double */
            metres: number;
            /** Format: double */
            minutes: number;
            name: string;
            /** Format: double */
            straight_line_metres: number;
        };
        /** @description GET /api/reach: the community, every facility it reaches (nearest first), the count by kind and the routes as GeoJSON. */
        ReachResponse: {
            by_kind: {
                [key: string]: number;
            };
            community: components["schemas"]["CommunityResponse"];
            facilities: components["schemas"]["ReachedFacilityResponse"][];
            /** Format: double */
            minutes: number;
            mode: string;
            profile: string;
            routes: components["schemas"]["JsonElement"];
        };
        /** @description What the scenario changes in the district. */
        ScenarioChangeResponse: {
            /** Format: double */
            coverage_rate: number;
            /** Format: int64 */
            covered_population: number;
            newly_covered_communities: string[];
            no_longer_covered_communities: string[];
        };
        /** @description GET /api/scenarios/{id}/coverage: the plan's coverage, the coverage with the scenario (with its communities) and the change. */
        ScenarioCoverageResponse: {
            change: components["schemas"]["ScenarioChangeResponse"];
            plan: components["schemas"]["CoverageSummary"];
            scenario: string;
            with_scenario: components["schemas"]["CoverageResponse"];
        };
        /** @description Every scenario. */
        ScenarioListResponse: {
            scenarios: components["schemas"]["ScenarioResponse"][];
        };
        /** @description A stored scenario: its proposed facilities as GeoJSON (WGS84), the ids it closes and its version (also the ETag). */
        ScenarioResponse: {
            added_facilities: components["schemas"]["JsonElement"];
            description: string;
            id: string;
            name: string;
            removed_facilities: string[];
            /** Format: int64 */
            version: number;
        };
        /** @description Capacitated siting: demand served before and after, of the total. */
        ServedResponse: {
            /** Format: int64 */
            after: null | number;
            /** Format: int64 */
            before: null | number;
            /** Format: int64 */
            total: null | number;
        };
        /** @description A service standard as the API describes it. */
        ServiceStandardResponse: {
            /**
             * Format: double
             * @description The service radius in metres, when the standard gives one.
             */
            distance_meters: null | number;
            /** @description The facility kind identifier. */
            kind: string;
            /** @description The GB 50180-2018 life-circle level, when the standard is one. */
            life_circle: null | string;
            /**
             * Format: double
             * @description The travel-time budget in minutes.
             */
            minutes: number;
            /** @description The travel mode identifier the standard implies (walk or drive). */
            mode: string;
            /** @description Whether it is the kind's primary standard, the budget coverage uses by default. */
            primary: boolean;
            /** @description The clause or document. */
            source: string;
        };
        /** @description The plan's target of new facilities of the kind and how many the answer sites. */
        SitedTargetResponse: {
            description: string;
            id: string;
            /** Format: int32 */
            sited: number;
            /** Format: int32 */
            target_count: null | number;
        };
        /** @description GET /api/siting: the question, the solver's answer, coverage before and after, demand served, the plan's target and the sites as GeoJSON. */
        SitingResponse: {
            after: components["schemas"]["CoverageSummary"];
            before: components["schemas"]["CoverageSummary"];
            /** Format: int32 */
            candidates: number;
            capacitated: boolean;
            /** Format: int64 */
            gain_population: number;
            kind: string;
            /** Format: double */
            minutes: number;
            mode: string;
            objective: string;
            served: null | components["schemas"]["ServedResponse"];
            sites: components["schemas"]["JsonElement"];
            solver: components["schemas"]["SolverResponse"];
            target: null | components["schemas"]["SitedTargetResponse"];
            unit: string;
        };
        /** @description The solver's answer: which solver, its status, objective, bound, gap and time. */
        SolverResponse: {
            /** Format: double */
            bound: number;
            /** Format: double */
            gap_percent: number;
            kind: string;
            /** Format: double */
            milliseconds: number;
            /** Format: double */
            objective: number;
            status: string;
        };
        /** @description A travel mode as the map and other clients name it (`GET /api/travel-modes`). */
        TravelModeResponse: {
            /** @description walking or driving. */
            access: string;
            /** @description Who the mode stands for when it is not everyone (老人/儿童), or null. */
            for_whom_zh: null | string;
            /** @description The mode identifier for `mode=`, e.g. walk-slow. */
            id: string;
            /** @description The short Chinese label, e.g. 慢行. */
            label_zh: string;
            /** @description The speed the analysis uses for it, e.g. "4.5 km/h". */
            speed_zh: string;
        };
        /** @description A community no facility reaches within the budget. */
        UncoveredCommunity: {
            code: string;
            name: string;
            /** Format: int32 */
            population: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Coverage: {
        parameters: {
            query: {
                /** @description facility kind, e.g. primary-school (GET /api/facility-kinds lists them) */
                kind: string;
                /** @description travel-time budget in minutes, more than 0 and at most Limits:MaxMinutes (default 60) */
                minutes: number;
                /** @description walk (default), walk-slow, drive or drive-peak */
                mode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverageResponse"];
                };
            };
        };
    };
    FacilityCircle: {
        parameters: {
            query: {
                /** @description facility id, e.g. fac-hosp-wuyi */
                facility: string;
                /** @description travel-time budget in minutes, more than 0 and at most Limits:MaxMinutes (default 60) */
                minutes: number;
                /** @description walk (default), walk-slow, drive or drive-peak */
                mode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityCircleResponse"];
                };
            };
        };
    };
    FacilityKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityKindResponse"][];
                };
            };
        };
    };
    Isochrones: {
        parameters: {
            query: {
                /** @description facility kind, e.g. primary-school (GET /api/facility-kinds lists them) */
                kind: string;
                /** @description travel-time budget in minutes, more than 0 and at most Limits:MaxMinutes (default 60) */
                minutes: number;
                /** @description walk (default), walk-slow, drive or drive-peak */
                mode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": string;
                };
            };
        };
    };
    MedicalCircles: {
        parameters: {
            query?: {
                /** @description budget in minutes (default 10, the plan's) */
                minutes?: number;
                /** @description offpeak (default) or peak */
                profile?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalCirclesResponse"];
                };
            };
        };
    };
    PlanTargets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanTargetResponse"][];
                };
            };
        };
    };
    Reach: {
        parameters: {
            query: {
                /** @description community code (12 digits) or name, e.g. 钟家村社区 */
                community: string;
                /** @description travel-time budget in minutes, more than 0 and at most Limits:MaxMinutes (default 60) */
                minutes: number;
                /** @description walk (default), walk-slow, drive or drive-peak */
                mode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReachResponse"];
                };
            };
        };
    };
    ListScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioListResponse"];
                };
            };
        };
    };
    CreateScenario: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioResponse"];
                };
            };
        };
    };
    DeleteScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddProposedFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RemoveProposedFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                facilityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ScenarioCoverage: {
        parameters: {
            query: {
                /** @description facility kind, e.g. primary-school (GET /api/facility-kinds lists them) */
                kind: string;
                /** @description travel-time budget in minutes, more than 0 and at most Limits:MaxMinutes (default 60) */
                minutes: number;
                /** @description walk (default), walk-slow, drive or drive-peak */
                mode?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioCoverageResponse"];
                };
            };
        };
    };
    CloseFacilityInScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                facilityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReopenFacilityInScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                facilityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ServiceStandards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceStandardResponse"][];
                };
            };
        };
    };
    Siting: {
        parameters: {
            query: {
                /** @description geodata (default: the plan's candidate sites) or grid:<metres> (50–5000; at most Limits:MaxSitingCandidates points) */
                candidates?: string;
                /** @description count school places or parking spaces against capacities */
                capacitated?: boolean;
                /** @description new sites, 1 to Limits:MaxSitingCount (default 100); default 1 */
                count?: number;
                /** @description facility kind, e.g. primary-school (GET /api/facility-kinds lists them) */
                kind: string;
                /** @description travel-time budget, default 10 */
                minutes?: number;
                /** @description walk (default), walk-slow, drive or drive-peak */
                mode?: string;
                /** @description max-coverage (default), min-facilities or p-median */
                objective?: string;
                /** @description extra candidates as lon,lat;lon,lat in WGS84 */
                points?: string;
                /** @description exact (default, CP-SAT) or heuristic */
                solver?: string;
                /** @description solver time limit in seconds, 1 to Limits:MaxSolverSeconds (default 60); default 30 */
                timeLimit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SitingResponse"];
                };
            };
        };
    };
    TravelModes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TravelModeResponse"][];
                };
            };
        };
    };
    Health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
        };
    };
    OgcLanding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcLandingPage"];
                };
            };
        };
    };
    OgcOpenApi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.oai.openapi+json;version=3.0": string;
                };
            };
        };
    };
    OgcCollections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollectionList"];
                };
            };
        };
    };
    OgcCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcCollectionDescription"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OgcItems: {
        parameters: {
            query?: {
                /** @description minLon,minLat,maxLon,maxLat in WGS84 */
                bbox?: string;
                /** @description items per page, 1–10000 (default 100) */
                limit?: number;
                /** @description items to skip (default 0) */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": string;
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OgcItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                featureId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": string;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReplaceItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                featureId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/geo+json": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                featureId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OgcQueryables: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/schema+json": string;
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OgcConformance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OgcConformance"];
                };
            };
        };
    };
    VectorTile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                collection: string;
                x: string;
                y: string;
                z: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mapbox-vector-tile": string;
                };
            };
            /** @description Not Modified */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
