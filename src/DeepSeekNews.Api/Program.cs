using DeepSeekNews.Api.Cli;
using DeepSeekNews.Api.Infrastructure;

// One executable: the web API by default, or a command-line verb (analyze, migrate, ...); see Cli/CommandLine.cs.
if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(args);
}

// appsettings.json ships next to the executable; data paths in it stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = CommandLine.ServeArguments(args),
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddDeepSeekNews();

var app = builder.Build();
await app.Services.PrepareDatabaseAsync(app.Lifetime.ApplicationStopping);
app.UseDeepSeekNews();
await app.RunAsync();
return 0;

/// <summary>The entry point, public so that tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
