global using LuckyFive.Runtime;
global using LuckyFive.Runtime.Abstractions;
global using LuckyFive.Runtime.Testing;
global using LuckyFive.Runtime.Tests.Grains;
