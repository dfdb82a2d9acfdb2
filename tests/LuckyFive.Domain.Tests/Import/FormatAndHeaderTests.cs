using System.Text;
using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Tests.Import;

public sealed class FormatAndHeaderTests
{
    [Fact]
    public void DetectFormat_ZipMagic_IsXlsxAndPositionIsRestored()
    {
        using var stream = new XlsxBuilder().Header(SampleSheet.Headers).ToStream();
        stream.Position = 0;

        Assert.Equal(DrawFileFormat.Xlsx, DrawImporter.DetectFormat(stream));
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("contest,date")]
    [InlineData("P")]
    [InlineData("")]
    public void DetectFormat_AnythingElse_IsCsv(string start)
    {
        Assert.Equal(DrawFileFormat.Csv, DrawImporter.DetectFormat(Encoding.ASCII.GetBytes(start)));
    }

    [Fact]
    public void Headers_CaseAccentsAndPunctuation_DoNotMatter()
    {
        var csv = "CONCURSO,data_sorteio,BOLA 1,bola2,Bola-3,bola4,BOLA5,OBSERVACAO,ACUMULADO SORTEIO ESPECIAL QUINA DE SAO JOAO\n"
            + "1,13/03/1994,25,45,60,76,79,nota,\"R$1,00\"\n";

        var result = DrawImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        var draw = Assert.Single(result.Draws);
        Assert.Equal("nota", draw.Notes);
        Assert.Equal(100, draw.SaoJoaoAccumulatedCents);
        Assert.Empty(result.IgnoredColumns);
    }

    [Fact]
    public void Headers_InAnyOrder_AreMappedByName()
    {
        var csv = "n5,n4,n3,n2,n1,date,contest\n79,76,60,45,25,1994-03-13,1\n";

        var draw = Assert.Single(DrawImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Draws);

        Assert.Equal(1, draw.Contest);
        Assert.Equal([25, 45, 60, 76, 79], draw.Numbers.ToArray());
    }

    [Fact]
    public void Headers_SubstringLookalikes_DoNotCountAsRequiredColumns()
    {
        // The original matched headers by substring, so "Cidade / UF" passed for an id column; exact names only here.
        var csv = "Cidade / UF,Acumulado Sorteio Especial Quina de São João,Bola1,Bola2,Bola3,Bola4,Bola5\n";

        var error = Assert.Throws<InvalidDataException>(() => DrawImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))));

        Assert.Contains("contest number (\"Concurso\"), draw date (\"Data Sorteio\")", error.Message, StringComparison.Ordinal);
    }
}
