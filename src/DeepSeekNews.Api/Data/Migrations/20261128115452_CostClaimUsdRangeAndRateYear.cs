using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeepSeekNews.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class CostClaimUsdRangeAndRateYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "AmountMaxUsd",
                table: "CostClaims",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RateYear",
                table: "CostClaims",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AmountMaxUsd",
                table: "CostClaims");

            migrationBuilder.DropColumn(
                name: "RateYear",
                table: "CostClaims");
        }
    }
}
