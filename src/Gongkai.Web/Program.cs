using Gongkai.Web.Cli;

// The same binary serves the web app and the operator's CLI verbs (migrate, seed-demo, create-user, ...).
if (args.Length > 0 && CliVerbs.IsVerb(args[0]))
{
    return await CliVerbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai();
var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseGongkai();
await app.RunAsync();
return 0;

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
