using BenchmarkDotNet.Running;
using LuckyFive.Runtime.Benchmarks;

// "activation-loop [batches]" runs the activation measurement as a plain loop; anything else goes to BenchmarkDotNet.
if (args is ["activation-loop", ..])
{
    await ActivationLoop.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
