using DeepSeekNews.Analysis.Money;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Tests.Money;

/// <summary>
/// The word table answers in one probe per reading what the rules used to ask list by list: a word belongs to a cue
/// list when one of its proclitic readings, less an enclitic or inflection, is listed (<see cref="ArabicForms.MatchesCue"/>),
/// and it belongs to a word class (number words, dual nouns …) when one of its readings is such a word. Both ways
/// must agree on every word, or the extractor would find something else than the rules say.
/// </summary>
public class WordCuesTests
{
    private static readonly string[] Proclitics = ["", "و", "ب", "لل", "وبال", "فال"];
    private static readonly string[] Endings = ["", "ها", "ات", "تها", "ين"];

    [Fact]
    public void ListedWordsWithProcliticsAndEndingsAreInTheListsTheirReadingsMatch()
    {
        var checkedWords = 0;
        foreach (var word in ListedWords().SelectMany(Variants).Distinct())
        {
            AssertSameAsReadings(word, WordCues.Of(word));
            checkedWords++;
        }
        Assert.True(checkedWords > 10_000);
    }

    [Fact]
    public void WordsOfWholeArticlesCarryTheListsTheirReadingsMatch()
    {
        var articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Entities", "Articles"), "*.txt");
        Assert.NotEmpty(articles);
        foreach (var article in articles.Append(Fixtures.Path("seed-article.txt")))
        {
            foreach (var token in MoneyLexer.Lex(TextNormalizer.Normalize(File.ReadAllText(article))))
            {
                AssertSameAsReadings(token.Text, token.Cues);
            }
        }
    }

    private static IEnumerable<string> ListedWords() =>
        CostVocabulary.All.SelectMany(l => l.Words)
            .Concat(NumberWords.Stems)
            .Concat(Currencies.DualNouns)
            .Concat(Currencies.CountryMentions.Words)
            .Concat(CostVocabulary.CostFractions.Keys)
            .Concat(CostVocabulary.CostMultiples.Keys)
            .Concat(RatioReader.Approximators);

    /// <summary>The word with proclitics and endings, its ت form before an ending, and the word cut short (near misses).</summary>
    private static IEnumerable<string> Variants(string word)
    {
        var stems = new List<string> { word, word[..^1] };
        if (word.EndsWith('ه'))
        {
            stems.Add(word[..^1] + "ت");
        }
        return from stem in stems
               from proclitic in Proclitics
               from ending in Endings
               select proclitic + stem + ending;
    }

    private static void AssertSameAsReadings(string word, Cue cues)
    {
        foreach (var list in CostVocabulary.All)
        {
            Assert.True(ArabicForms.MatchesCue(word, list.Words) == ((cues & list.Flag) != 0), $"«{word}» and the list {list.Flag}");
        }
        var stems = ArabicForms.Readings(word).Select(r => r.Stem).ToList();
        AssertClass(word, cues, Cue.NumberWord, stems.Any(s => NumberWords.ClassifyArabic(s) is not null || NumberWords.ClassifyEnglish(s) is not null));
        AssertClass(word, cues, Cue.DualCurrency, stems.Any(Currencies.DualNouns.Contains));
        AssertClass(word, cues, Cue.CountryWord, ArabicForms.MatchesCue(word, Currencies.CountryMentions.Words.ToHashSet()));
        AssertClass(word, cues, Cue.CostFraction, stems.Any(CostVocabulary.CostFractions.ContainsKey));
        AssertClass(word, cues, Cue.CostMultiple, stems.Any(CostVocabulary.CostMultiples.ContainsKey));
        AssertClass(word, cues, Cue.Approximator, stems.Any(RatioReader.Approximators.Contains));
    }

    private static void AssertClass(string word, Cue cues, Cue wordClass, bool expected) =>
        Assert.True(expected == ((cues & wordClass) != 0), $"«{word}» and the class {wordClass}");
}
