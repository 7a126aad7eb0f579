using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeepSeekNews.Api.Data;

// Let `dotnet ef migrations add` build each context without starting the web host:
//   dotnet ef migrations add NAME --project src/DeepSeekNews.Api --context DeepSeekNewsDbContext --output-dir Data/Migrations
//   dotnet ef migrations add NAME --project src/DeepSeekNews.Api --context PostgreSqlDbContext --output-dir Data/PostgreSqlMigrations
// Neither connects to a database.

internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeepSeekNewsDbContext>
{
    public DeepSeekNewsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DeepSeekNewsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlDbContext>
{
    public PostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlDbContext>().UseNpgsql("Host=localhost;Database=deepseeknews_design").Options);
}
