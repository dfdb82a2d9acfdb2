using LuckyFive.Silo;

// Configuration: the "LuckyFive" section (ConnectionString and ClusterSecret are required; see runtime/README.md)
// from appsettings, LuckyFive__* environment variables or --LuckyFive:Key=value; HTTP on --urls.
var app = SiloHost.Build(args);
await app.RunAsync();
