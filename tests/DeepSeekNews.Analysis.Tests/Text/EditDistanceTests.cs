using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Tests.Text;

public class EditDistanceTests
{
    [Theory]
    [InlineData("ديب سيك", "ديك سيك", true)] // substitution
    [InlineData("مايكروسوفت", "مايكروسفت", true)] // deletion
    [InlineData("انفيديا", "انفيدييا", true)] // insertion
    [InlineData("openai", "opeani", true)] // swap of neighbours
    [InlineData("ديب سيك", "ديب سيك", false)] // equal is no edit
    [InlineData("انفيديا", "انفدييا", true)]
    [InlineData("انفيديا", "نفيدياا", false)]
    [InlineData("google", "goggle2", false)]
    public void OneEditIsExactlyDistanceOne(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.IsOneEdit(a, b));
        Assert.Equal(expected, EditDistance.Distance(a, b) == 1);
    }

    [Fact]
    public void EachDeletionHashEqualsTheHashOfTheShortenedString()
    {
        const string word = "مايكروسوفت";
        Span<ulong> hashes = stackalloc ulong[word.Length + 1];
        Hashing.WithDeletions(word, hashes);

        Assert.Equal(Hashing.Of(word), hashes[0]);
        for (var j = 0; j < word.Length; j++)
        {
            Assert.Equal(Hashing.Of(word.Remove(j, 1)), hashes[j + 1]);
        }
    }

    [Fact]
    public void TheHashOfAConcatenationComesFromTheHashesOfItsParts()
    {
        Assert.Equal(Hashing.Of("الصين"), Hashing.Concat(Hashing.Of("ال"), Hashing.Of("صين"), 3));
    }
}
