using LuckyFive.Cli;

return await CliApplication.RunAsync(args);
