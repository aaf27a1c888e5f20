using StanceTracker.Extraction.Text;

namespace StanceTracker.Extraction.Tests.Text;

public class CliticStripperTests
{
    [Theory]
    [InlineData("لحفتر", "حفتر")]
    [InlineData("وأردوغان", "اردوغان")]
    [InlineData("بالانقلابي", "الانقلابي")]
    [InlineData("بالانقلابي", "انقلابي")]
    [InlineData("لأردوغان", "اردوغان")]
    [InlineData("وشدد", "شدد")]
    [InlineData("فعبر", "عبر")]
    [InlineData("للرئيس", "الرئيس")]
    [InlineData("وللرئيس", "الرئيس")]
    [InlineData("والوفاق", "الوفاق")]
    [InlineData("فالحكومة", "حكومه")]
    [InlineData("وبدعم", "دعم")]
    [InlineData("كالأسد", "اسد")]
    public void Offers_the_stem_among_the_readings(string word, string stem)
        => Assert.Contains(stem, CliticStripper.Strip(word));

    [Fact]
    public void The_unstripped_word_comes_first_so_real_initial_letters_win()
    {
        var readings = CliticStripper.Strip("بوتين");
        Assert.Equal("بوتين", readings[0]);
    }

    [Fact]
    public void Does_not_strip_down_to_a_single_letter()
        => Assert.DoesNotContain(CliticStripper.Strip("ولن"), r => r.Length < 2);

    [Fact]
    public void Word_readings_also_drop_attached_pronouns_and_english_inflections()
    {
        Assert.Contains("شكر", CliticStripper.WordVariants(TextNormalizer.NormalizeTerm("شكره")));
        Assert.Contains("دعم", CliticStripper.WordVariants(TextNormalizer.NormalizeTerm("ودعمكم")));
        Assert.Contains("support", CliticStripper.WordVariants("supports"));
        Assert.Contains("welcome", CliticStripper.WordVariants("welcomed"));
        Assert.Contains("turkey", CliticStripper.NameVariants("turkey's"));
    }
}
