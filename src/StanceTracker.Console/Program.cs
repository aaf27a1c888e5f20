using Spectre.Console.Cli;
using StanceTracker.Console.Commands;

// `stance`: ingest articles, query actors' stance over time, run a local cluster with its API and dashboard.
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("stance");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Read articles (files or directories) into the cluster");
    config.AddCommand<ActorsCommand>("actors").WithDescription("List known actors");
    config.AddCommand<ActorCommand>("actor").WithDescription("An actor's profile");
    config.AddCommand<StatementsCommand>("statements").WithDescription("An actor's statements with their evidence");
    config.AddCommand<TimelineCommand>("timeline").WithDescription("An actor's stance over time");
    config.AddCommand<TargetCommand>("target").WithDescription("Who supports and who opposes a target");
    config.AddCommand<ShiftsCommand>("shifts").WithDescription("Changes of stance, with the evidence on each side");
    config.AddCommand<NetworkCommand>("network").WithDescription("The positions network of a window, as JSON, CSV or GraphML");
    config.AddCommand<CompareCommand>("compare").WithDescription("Positions that changed between two windows");
    config.AddCommand<WatchCommand>("watch").WithDescription("Print new shifts as they are detected, until Ctrl+C");
    config.AddCommand<ExtractCommand>("extract").WithDescription("Run extraction on files and print the result (no cluster)");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score extraction against annotated data (PolNeAR, Arabic gold)");
    config.AddCommand<ServeCommand>("serve").WithDescription("Run a local silo with the HTTP API and dashboard");
});
return await app.RunAsync(args);
