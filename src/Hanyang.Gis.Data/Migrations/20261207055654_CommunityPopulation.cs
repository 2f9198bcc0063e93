using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hanyang.Gis.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommunityPopulation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "population_age_groups",
                table: "communities",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "population_source",
                table: "communities",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "population_year",
                table: "communities",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "population_age_groups",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "population_source",
                table: "communities");

            migrationBuilder.DropColumn(
                name: "population_year",
                table: "communities");
        }
    }
}
