using LuckyFive.Cli.Commands;

var root = new System.CommandLine.RootCommand("LuckyFive: replay Quina strategies against the official draws.")
{
    BacktestCommand.Create(),
    DrawsCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
