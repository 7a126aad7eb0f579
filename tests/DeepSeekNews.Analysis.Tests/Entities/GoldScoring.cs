using System.Text.Json;
using DeepSeekNews.Analysis.Entities;

namespace DeepSeekNews.Analysis.Tests.Entities;

/// <summary>
/// Scores found entities against a gold file the way score_analysis.py does: an entity counts once per paragraph
/// (a line of the text); optional paragraphs and optional entities are neither rewarded nor penalised.
/// </summary>
internal static class GoldScoring
{
    public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Score operator +(Score a, Score b) =>
            new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
                [.. a.Missed, .. b.Missed], [.. a.Spurious, .. b.Spurious]);

        public override string ToString() =>
            $"P {Precision:F3} R {Recall:F3} F1 {F1:F3}; missed [{string.Join(", ", Missed)}]; spurious [{string.Join(", ", Spurious)}]";
    }

    public static Score Entities(string text, string goldJson, AnalysisResult result, EntityCatalog catalog)
    {
        using var gold = JsonDocument.Parse(goldJson);
        var idOf = catalog.Entries.ToDictionary(e => e.Name, e => e.Id, StringComparer.OrdinalIgnoreCase);
        string Id(string name) => idOf.GetValueOrDefault(name, name);

        var required = new HashSet<(int, string)>();
        var optional = new HashSet<(int, string)>();
        foreach (var entity in gold.RootElement.GetProperty("entities").EnumerateArray())
        {
            var id = Id(entity.GetProperty("name").GetString()!);
            foreach (var p in entity.GetProperty("paragraphs").EnumerateArray())
            {
                required.Add((p.GetInt32(), id));
            }
            if (entity.TryGetProperty("optionalParagraphs", out var more))
            {
                foreach (var p in more.EnumerateArray())
                {
                    optional.Add((p.GetInt32(), id));
                }
            }
        }
        var optionalEntities = gold.RootElement.TryGetProperty("optionalEntities", out var names)
            ? names.EnumerateArray().Select(n => Id(n.GetString()!)).ToHashSet()
            : [];

        var predicted = result.Entities
            .SelectMany(e => e.Mentions.Select(m => (Paragraph(text, m.Start), e.Id)))
            .ToHashSet();
        var tp = predicted.Intersect(required).Count();
        var spurious = predicted.Where(p => !required.Contains(p) && !optional.Contains(p) && !optionalEntities.Contains(p.Id)).ToList();
        var missed = required.Where(r => !predicted.Contains(r)).ToList();
        return new Score(tp, spurious.Count, missed.Count, missed.Select(m => $"{m.Item2}@{m.Item1}").ToList(), spurious.Select(s => $"{s.Id}@{s.Item1}").ToList());
    }

    /// <summary>1-based number of the non-empty line holding <paramref name="offset"/>.</summary>
    public static int Paragraph(string text, int offset)
    {
        var paragraph = 0;
        var lineHasText = false;
        for (var k = 0; k < offset; k++)
        {
            if (text[k] == '\n')
            {
                if (lineHasText)
                {
                    paragraph++;
                }
                lineHasText = false;
            }
            else if (!char.IsWhiteSpace(text[k]))
            {
                lineHasText = true;
            }
        }
        return paragraph + 1;
    }
}
