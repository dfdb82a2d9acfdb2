using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Tests;

public sealed record WireRecord(int DrawNumber, string Label);

[JsonSerializable(typeof(WireRecord))]
internal sealed partial class WireRecordContext : JsonSerializerContext;

public abstract class AbstractShape
{
    public int Sides { get; set; }
}

public sealed class HoldsObject
{
    public object? Anything { get; set; }
}

public sealed class SerializationTests
{
    [Fact]
    public void GrainSerializer_SourceGeneratedContextConfigured_IsUsedBeforeReflection()
    {
        var options = new SerializationOptions();
        options.TypeInfoResolvers.Add(WireRecordContext.Default);
        var serializer = new GrainSerializer(Options.Create(options));

        var back = (WireRecord)serializer.Deserialize(serializer.Serialize(new WireRecord(7, "x"), typeof(WireRecord)), typeof(WireRecord))!;

        Assert.Same(WireRecordContext.Default, serializer.Options.GetTypeInfo(typeof(WireRecord)).OriginatingResolver);
        Assert.Equal(new WireRecord(7, "x"), back);
    }

    [Theory]
    [InlineData(typeof(int))]
    [InlineData(typeof(WireRecord))]
    [InlineData(typeof(List<WireRecord>))]
    [InlineData(typeof(Dictionary<string, int[]>))]
    [InlineData(typeof(ICounterGrain))]
    public void Validator_RoundTrippableType_IsAccepted(Type type)
    {
        var validator = new SerializabilityValidator(new GrainSerializer(Options.Create(new SerializationOptions())));

        validator.Validate(type, "a test");
    }

    [Theory]
    [InlineData(typeof(object))]
    [InlineData(typeof(AbstractShape))]
    [InlineData(typeof(HoldsObject))]
    [InlineData(typeof(Func<int>))]
    [InlineData(typeof(List<Action>))]
    [InlineData(typeof(Stream))]
    public void Validator_TypeThatCannotRoundTrip_IsRejectedWithItsName(Type type)
    {
        var validator = new SerializabilityValidator(new GrainSerializer(Options.Create(new SerializationOptions())));

        var exception = Assert.Throws<GrainSerializationException>(() => validator.Validate(type, "a test"));

        Assert.Contains(GrainSerializer.Describe(type), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionSerialization_KnownType_IsRecreatedWithMessage()
    {
        var body = GrainSerializer.SerializeException(new ArgumentOutOfRangeException("count", "too many"));

        var exception = GrainSerializer.DeserializeException(body);

        Assert.IsType<ArgumentOutOfRangeException>(exception);
        Assert.Contains("too many", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionSerialization_TypeNotLoadable_BecomesRemoteGrainException()
    {
        var info = JsonSerializer.SerializeToUtf8Bytes(
            new ExceptionInfo("Elsewhere.MissingException, Elsewhere", "Elsewhere.MissingException", "gone", "at Elsewhere", null, null),
            ExceptionInfoContext.Default.ExceptionInfo);

        var exception = Assert.IsType<RemoteGrainException>(GrainSerializer.DeserializeException(info));

        Assert.Equal("Elsewhere.MissingException", exception.OriginalTypeName);
        Assert.Contains("gone", exception.Message, StringComparison.Ordinal);
    }
}
