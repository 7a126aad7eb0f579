using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeepSeekNews.Api.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the web host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeepSeekNewsDbContext>
{
    public DeepSeekNewsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DeepSeekNewsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
