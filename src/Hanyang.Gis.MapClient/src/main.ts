// Entry point of the Hanyang.Gis planner's web map: creates the map and its layers, then composes the
// panels. Each panel owns its part of the page and talks to the others only through the event bus and the
// shared state in the context (app/bus.ts); no panel imports another.
import 'ol/ol.css';
import './style.css';
import { createContext } from './app/context';
import { createLayers } from './app/layers';
import { loadLayers } from './app/loading';
import { setStatus } from './app/status';
import { createMap } from './map';
import { initCompare } from './panels/compare';
import { initCoverage } from './panels/coverage';
import { initExportPng } from './panels/export-png';
import { initLayerPanel } from './panels/layers';
import { initMedical } from './panels/medical';
import { initPopup } from './panels/popup';
import { initReach } from './panels/reach';
import { initSearch } from './panels/search';
import { initSiting } from './panels/siting';
import { initTargets } from './panels/targets';
import { loadVocabulary } from './vocabulary';

// Kind names and mode labels come from the server; the fetch runs while the map is set up, and the panels wait for it.
const vocabulary = loadVocabulary();
const mapView = createMap(document.getElementById('map')!);
const ctx = createContext(mapView, createLayers(mapView.map), setStatus);
await vocabulary;

// The layer panel first: it subscribes to the counts the other panels and the loading publish.
initLayerPanel(ctx);
initPopup(ctx);
initSearch(ctx);
initCoverage(ctx);
initReach(ctx);
initMedical(ctx);
initCompare(ctx);
initSiting(ctx);
initTargets();
initExportPng(ctx);
void loadLayers(ctx);
