using System.Text;
using System.Xml;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>The XmlReader plumbing for streaming a worksheet part.</summary>
internal static class XlsxXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // Package parts never need a DTD; refusing one closes the door on entity-expansion attacks.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Open(Stream partStream) => XmlReader.Create(partStream, Settings);

    public static bool IsStart(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName;

    /// <summary>
    /// Reads the text of a string item (<c>&lt;si&gt;</c> or <c>&lt;is&gt;</c>): plain <c>&lt;t&gt;</c> or rich-text runs.
    /// Phonetic guides (<c>&lt;rPh&gt;</c>) are annotations, not content, so they are skipped.
    /// Starts on the (non-empty) container element and ends on its end element.
    /// </summary>
    public static string ReadRichText(XmlReader reader, StringBuilder buffer)
    {
        buffer.Clear();
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (IsStart(reader, "t"))
            {
                buffer.Append(reader.ReadElementContentAsString());
            }
            else if (IsStart(reader, "rPh"))
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        return buffer.ToString();
    }
}
