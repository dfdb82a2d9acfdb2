using System.Text;

namespace LuckyFive.Api.Tests.Security;

/// <summary>Copies what the process writes to standard output while it lives, still passing it on.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _original = Console.Out;
    private readonly StringBuilder _text = new();

    public ConsoleCapture() => Console.SetOut(new Tee(_original, _text));

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public void Dispose() => Console.SetOut(_original);

    private sealed class Tee(TextWriter original, StringBuilder text) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value)
        {
            lock (text)
            {
                text.Append(value);
            }

            original.Write(value);
        }

        public override void Write(string? value)
        {
            lock (text)
            {
                text.Append(value);
            }

            original.Write(value);
        }

        public override void WriteLine(string? value) => Write(value + Environment.NewLine);
    }
}
