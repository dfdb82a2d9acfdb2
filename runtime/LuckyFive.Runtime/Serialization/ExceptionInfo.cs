using System.Text.Json.Serialization;

namespace LuckyFive.Runtime;

/// <summary>An exception as it crosses the wire.</summary>
internal sealed record ExceptionInfo(string TypeName, string FullName, string Message, string? StackTrace, string? StoredEtag, string? CurrentEtag);

/// <summary>Source-generated serialization of <see cref="ExceptionInfo"/>.</summary>
[JsonSerializable(typeof(ExceptionInfo))]
internal sealed partial class ExceptionInfoContext : JsonSerializerContext;
