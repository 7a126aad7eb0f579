using DeepSeekNews.Analysis.Entities;
using DeepSeekNews.Analysis.Text;

namespace DeepSeekNews.Analysis.Relations;

/// <summary>
/// Finds who holds which role where, and which product is whose, from the recognised entities and the words
/// around them:
/// <list type="bullet">
/// <item>title before: «الرئيس التنفيذي لشركة OpenAI سام ألتمان», «رئيس إنفيديا جنسن هوانغ», «الرئيس الأميركي دونالد ترامب», "OpenAI CEO Sam Altman";</item>
/// <item>title after (apposition): «جيم فان، مدير الأبحاث الأول في شركة إنفيديا», "Sam Altman, CEO of OpenAI", "Jensen Huang, Nvidia's chief executive";</item>
/// <item>makers: «نموذج R1 من DeepSeek», «نموذج o3 الخاص بشركة OpenAI», "OpenAI's o3", and the catalog's owner of a product
/// named together with its owner.</item>
/// </list>
/// A title with no organisation beside it falls back to the person's organisation in the catalog.
/// </summary>
public sealed class RelationExtractor
{
    public const string Role = "role";
    public const string MadeBy = "madeBy";

    private static readonly WordSet RoleLinkers = Words(
        "ل", "في", "ب", "لدى", "of", "at", "for", "with");

    private static readonly WordSet MakerLinkers = Words(
        "من", "ل", "ب", "الخاص", "الخاصة", "التابع", "التابعة", "المملوك", "المملوكة", "الذي", "التي", "طورته", "طورتها",
        "أطلقته", "أطلقتها", "تطوره", "تطورها", "تصنعه", "تصنعها", "صنعته", "صنعتها", "صممته", "صممتها", "أنتجته", "أنتجتها",
        "الجديد", "الجديدة", "الأحدث", "المطور", "المطورة", "المصنوع", "المصنوعة", "المصنع", "المصممة", "التي", "طرحته",
        "from", "by", "of", "developed", "made", "built", "released", "created", "designed", "launched", "new", "latest");

    private static readonly WordSet ApposingWords = Words("وهو", "وهي", "هو", "هي", "a", "an", "the");

    private readonly PlaceAdjectives _adjectives;

    public RelationExtractor(EntityCatalog catalog)
        : this(new PlaceAdjectives(catalog))
    {
    }

    public RelationExtractor(PlaceAdjectives adjectives)
    {
        _adjectives = adjectives;
    }

    public IReadOnlyList<EntityRelation> Extract(AnalyzedText analyzed)
    {
        var matches = analyzed.Entities;
        if (matches.Count == 0)
        {
            return [];
        }
        var tokens = analyzed.Tokens;
        var value = analyzed.Normalized.Value;
        var startsAt = new int[tokens.Count];
        Array.Fill(startsAt, -1);
        var covered = new bool[tokens.Count];
        for (var m = 0; m < matches.Count; m++)
        {
            startsAt[matches[m].FirstToken] = m;
            for (var t = matches[m].FirstToken; t <= matches[m].LastToken; t++)
            {
                covered[t] = true;
            }
        }
        var context = new Context(analyzed, value, tokens, matches, startsAt, covered);
        var found = new List<Found>();

        TitleBefore(context, found);
        TitleAfter(context, found);
        Makers(context, found);
        MakersFromCatalog(context, found);

        var seen = new HashSet<(string, string, string?, string)>();
        return found
            .OrderBy(f => f.NormStart)
            .Where(f => seen.Add((f.Subject, f.Relation, f.RoleName, f.Object)))
            .Select(f =>
            {
                var (start, end) = analyzed.Normalized.ToOriginal(f.NormStart, f.NormEnd);
                return new EntityRelation(f.Subject, f.Relation, f.RoleName, f.Object, start, end);
            })
            .ToList();
    }

    /// <summary>TITLE [ل / في / لشركة] ORG [،] PERSON, TITLE COUNTRY-ADJECTIVE PERSON, TITLE PERSON, and English ORG['s] TITLE PERSON.</summary>
    private void TitleBefore(Context c, List<Found> found)
    {
        for (var t = 0; t < c.Tokens.Count; t++)
        {
            if (c.Covered[t])
            {
                // English "OpenAI CEO Sam Altman" / "Nvidia's chief executive Jensen Huang".
                if (c.StartsAt[t] is var o and >= 0 && c.Matches[o].Entry.Type == EntityType.Organization && c.Tokens[t].Kind == TokenKind.Latin)
                {
                    var org = c.Matches[o];
                    var next = org.LastToken + 1;
                    if (next < c.Tokens.Count && c.Tokens[next].Text == "s" && c.Gap(org.LastToken, next, allowComma: false, allowApostrophe: true))
                    {
                        next++;
                    }
                    if (RoleTitles.ReadAt(c.Value, c.Tokens, next) is { } englishTitle && c.Gap(next - 1, next, allowComma: false, allowApostrophe: true))
                    {
                        if (c.PersonAt(englishTitle.LastToken + 1, allowComma: false) is { } person)
                        {
                            found.Add(new Found(person.Entry.Id, Role, englishTitle.Role, org.Entry.Id, org.NormStart, person.NormEnd));
                        }
                        // The words of this title are read; "AI scientist" inside "chief AI scientist" is not another title.
                        t = englishTitle.LastToken;
                    }
                }
                continue;
            }
            if (RoleTitles.ReadAt(c.Value, c.Tokens, t) is not { } title)
            {
                continue;
            }
            var titleStart = t;
            t = title.LastToken;
            var at = title.LastToken + 1;
            // «وزير التجارة الأميركي هوارد لوتنيك», «الرئيس الأميركي دونالد ترامب»
            if (at < c.Tokens.Count && !c.Covered[at] && c.Gap(at - 1, at, allowComma: false)
                && _adjectives.PlaceOf(c.Value.AsSpan(c.Tokens[at].Start, c.Tokens[at].Length)) is { } place
                && c.PersonAt(at + 1, allowComma: true) is { } governed)
            {
                found.Add(new Found(governed.Entry.Id, Role, title.Role, place.Id, c.Tokens[titleStart].Start, governed.NormEnd));
                continue;
            }
            var orgAt = c.SkipLinkers(at, RoleLinkers, max: 2);
            if (orgAt < c.Tokens.Count && c.StartsAt[orgAt] is var m and >= 0 && c.Gap(orgAt - 1, orgAt, allowComma: false)
                && c.Matches[m].Entry.Type is EntityType.Organization or EntityType.Location)
            {
                var organisation = c.Matches[m];
                if (c.PersonAt(organisation.LastToken + 1, allowComma: true) is { } holder)
                {
                    found.Add(new Found(holder.Entry.Id, Role, title.Role, organisation.Entry.Id, c.Tokens[titleStart].Start, holder.NormEnd));
                }
                continue;
            }
            // «قال الرئيس التنفيذي سام ألتمان»: the organisation is the one the catalog knows the person for.
            if (c.PersonAt(at, allowComma: false) is { Entry.Owner: { } owner } named && IsOrganisationRole(title.Role))
            {
                found.Add(new Found(named.Entry.Id, Role, title.Role, owner, c.Tokens[titleStart].Start, named.NormEnd));
            }
        }
    }

    /// <summary>PERSON، [وهو] TITLE [في / لـ / لشركة] ORG, PERSON، TITLE COUNTRY-ADJECTIVE, and English PERSON, ORG's TITLE.</summary>
    private void TitleAfter(Context c, List<Found> found)
    {
        foreach (var person in c.Matches)
        {
            if (person.Entry.Type != EntityType.Person || person.LastToken + 1 >= c.Tokens.Count)
            {
                continue;
            }
            var at = person.LastToken + 1;
            if (!c.HasComma(person.NormEnd, c.Tokens[at].Start))
            {
                continue;
            }
            if (ApposingWords.Contains(c.Tokens[at].Text) && !c.Covered[at])
            {
                at++;
            }
            // "Jensen Huang, Nvidia's chief executive"
            if (at < c.Tokens.Count && c.StartsAt[at] is var o and >= 0 && c.Matches[o].Entry.Type == EntityType.Organization)
            {
                var org = c.Matches[o];
                var next = org.LastToken + 1;
                if (next < c.Tokens.Count && c.Tokens[next].Text == "s" && c.Gap(org.LastToken, next, allowComma: false, allowApostrophe: true))
                {
                    next++;
                }
                if (RoleTitles.ReadAt(c.Value, c.Tokens, next) is { } possessive && c.Gap(next - 1, next, allowComma: false, allowApostrophe: true))
                {
                    found.Add(new Found(person.Entry.Id, Role, possessive.Role, org.Entry.Id, person.NormStart, c.Tokens[possessive.LastToken].End));
                }
                continue;
            }
            if (c.Covered.ElementAtOrDefault(at) || RoleTitles.ReadAt(c.Value, c.Tokens, at) is not { } title)
            {
                continue;
            }
            var after = title.LastToken + 1;
            if (after < c.Tokens.Count && !c.Covered[after] && c.Gap(after - 1, after, allowComma: false)
                && _adjectives.PlaceOf(c.Value.AsSpan(c.Tokens[after].Start, c.Tokens[after].Length)) is { } place)
            {
                found.Add(new Found(person.Entry.Id, Role, title.Role, place.Id, person.NormStart, c.Tokens[after].End));
                continue;
            }
            var orgAt = c.SkipLinkers(after, RoleLinkers, max: 2);
            if (orgAt < c.Tokens.Count && c.StartsAt[orgAt] is var m and >= 0 && c.Gap(orgAt - 1, orgAt, allowComma: false)
                && c.Matches[m].Entry.Type is EntityType.Organization or EntityType.Location)
            {
                found.Add(new Found(person.Entry.Id, Role, title.Role, c.Matches[m].Entry.Id, person.NormStart, c.Matches[m].NormEnd));
            }
        }
    }

    /// <summary>PRODUCT [من / الخاص بشركة / التابع لـ …] ORG, and ORG['s] PRODUCT.</summary>
    private static void Makers(Context c, List<Found> found)
    {
        for (var m = 0; m < c.Matches.Count; m++)
        {
            var product = c.Matches[m];
            if (product.Entry.Type != EntityType.Product)
            {
                continue;
            }
            var orgAt = c.SkipLinkers(product.LastToken + 1, MakerLinkers, max: 4);
            if (orgAt > product.LastToken + 1 && orgAt < c.Tokens.Count && c.StartsAt[orgAt] is var o and >= 0 && c.Gap(orgAt - 1, orgAt, allowComma: false)
                && c.Matches[o].Entry is { Type: EntityType.Organization } maker && MayMake(product.Entry, maker))
            {
                found.Add(new Found(product.Entry.Id, MadeBy, null, maker.Id, product.NormStart, c.Matches[o].NormEnd));
                continue;
            }
            // "OpenAI's o3", "Nvidia H20"
            if (m > 0 && c.Matches[m - 1] is { Entry.Type: EntityType.Organization } before && MayMake(product.Entry, before.Entry))
            {
                var between = product.FirstToken - before.LastToken - 1;
                var possessive = between == 1 && c.Tokens[before.LastToken + 1].Text == "s";
                if ((between == 0 || possessive) && c.Tokens[product.FirstToken].Kind == TokenKind.Latin && c.Gap(before.LastToken, product.FirstToken, allowComma: false, allowApostrophe: true))
                {
                    found.Add(new Found(product.Entry.Id, MadeBy, null, before.Entry.Id, before.NormStart, product.NormEnd));
                }
            }
        }
    }

    /// <summary>A product named in an article that also names its catalogued maker is that maker's.</summary>
    private static void MakersFromCatalog(Context c, List<Found> found)
    {
        var named = c.Matches.Select(m => m.Entry.Id).ToHashSet(StringComparer.Ordinal);
        var done = found.Where(f => f.Relation == MadeBy).Select(f => f.Subject).ToHashSet(StringComparer.Ordinal);
        foreach (var product in c.Matches)
        {
            if (product.Entry is { Type: EntityType.Product, Owner: { } owner } && named.Contains(owner) && done.Add(product.Entry.Id))
            {
                found.Add(new Found(product.Entry.Id, MadeBy, null, owner, product.NormStart, product.NormEnd));
            }
        }
    }

    /// <summary>The text may say who made a product the catalog has no maker for; it may not contradict the catalog.</summary>
    private static bool MayMake(CatalogEntry product, CatalogEntry maker) => product.Owner is null || product.Owner == maker.Id;

    private static bool IsOrganisationRole(string role) =>
        role is not ("president" or "minister" or "prime minister" or "crown prince" or "ambassador" or "official" or "former president");

    private static WordSet Words(params string[] words) => new(words.Select(TextNormalizer.NormalizeString));

    private sealed record Found(string Subject, string Relation, string? RoleName, string Object, int NormStart, int NormEnd);

    private sealed record Context(
        AnalyzedText Analyzed,
        string Value,
        IReadOnlyList<Token> Tokens,
        IReadOnlyList<EntityMatch> Matches,
        int[] StartsAt,
        bool[] Covered)
    {
        /// <summary>The person named at word <paramref name="at"/>, right after the previous word (or a comma when allowed).</summary>
        public EntityMatch? PersonAt(int at, bool allowComma)
        {
            if (at <= 0 || at >= Tokens.Count || StartsAt[at] < 0)
            {
                return null;
            }
            var match = Matches[StartsAt[at]];
            return match.Entry.Type == EntityType.Person && Gap(at - 1, at, allowComma) && match.NormStart >= Tokens[at].Start ? match : null;
        }

        /// <summary>Skips linking words (ل، في، من، الخاص، لشركة, "of") and cue words (شركة) up to <paramref name="max"/> words.</summary>
        public int SkipLinkers(int at, WordSet linkers, int max)
        {
            var skipped = 0;
            while (at < Tokens.Count && skipped < max && !Covered[at] && (at == 0 || Gap(at - 1, at, allowComma: false)))
            {
                var word = Tokens[at].Text;
                if (linkers.ContainsBehindProclitics(word) || EntityRecognizer.IsCueWord(word))
                {
                    at++;
                    skipped++;
                }
                else
                {
                    break;
                }
            }
            return at;
        }

        /// <summary>Only spaces, quotation marks, brackets or hyphens (and a comma when allowed) between two words.</summary>
        public bool Gap(int left, int right, bool allowComma, bool allowApostrophe = false)
        {
            if (left < 0 || right >= Tokens.Count)
            {
                return false;
            }
            for (var k = Tokens[left].End; k < Tokens[right].Start; k++)
            {
                var ch = Value[k];
                if (ch is ' ' or '"' or '(' or ')' or '-' || (allowComma && ch is ',' or '،') || (allowApostrophe && ch == '\''))
                {
                    continue;
                }
                return false;
            }
            return true;
        }

        public bool HasComma(int from, int to)
        {
            var comma = false;
            for (var k = from; k < to; k++)
            {
                var ch = Value[k];
                if (ch is ',' or '،')
                {
                    comma = true;
                }
                else if (ch is not (' ' or '"' or ')'))
                {
                    return false;
                }
            }
            return comma;
        }
    }
}
