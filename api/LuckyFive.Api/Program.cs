using LuckyFive.Api;

// A cluster client by default; "--cohost" runs a silo in this process too (the single-process set-up).
// Configuration: the "LuckyFive" section (ConnectionString and ClusterSecret required); HTTP on --urls.
var app = ApiHost.Build(args);
await app.RunAsync();
