namespace DeepSeekNews.Ingestion.Robots;

/// <summary>
/// The rules of one robots.txt for one product token (RFC 9309): the groups whose user-agent
/// names the token, else the "*" groups; the longest matching Allow or Disallow pattern decides,
/// Allow winning a tie; "*" matches any run of characters and a final "$" anchors the end.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<Rule> _rules;

    private RobotsRules(List<Rule> rules) => _rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules DisallowAll { get; } = new([new Rule("/", Allow: false)]);

    /// <summary>Everything disallowed because robots.txt could not be read (RFC 9309); the reason says why.</summary>
    public static RobotsRules Unreachable(string reason) => new([new Rule("/", Allow: false)]) { UnreachableReason = reason };

    /// <summary>Set when the host did not answer for robots.txt at all, rather than forbidding.</summary>
    public string? UnreachableReason { get; private init; }

    public int RuleCount => _rules.Count;

    public static RobotsRules Parse(string content, string productToken)
    {
        var specific = new List<Rule>();
        var general = new List<Rule>();
        var groupAgents = new List<string>();
        var inRules = false;
        var matchedSpecific = false;

        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine;
            var hash = line.IndexOf('#');
            if (hash >= 0)
                line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon <= 0)
                continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();

            if (key is "user-agent" or "useragent")
            {
                // A user-agent line after rules starts a new group; consecutive ones share a group.
                if (inRules)
                {
                    groupAgents.Clear();
                    inRules = false;
                }
                groupAgents.Add(value);
                continue;
            }
            if (key is not ("allow" or "disallow"))
                continue;
            inRules = true;
            if (groupAgents.Count == 0 || value.Length == 0)
                continue; // rules outside a group, and "Disallow:" with nothing, restrict nothing
            var rule = new Rule(value, Allow: key == "allow");
            if (groupAgents.Any(a => AgentMatches(a, productToken)))
            {
                specific.Add(rule);
                matchedSpecific = true;
            }
            else if (groupAgents.Any(a => a == "*"))
                general.Add(rule);
        }

        // A group naming us with no rules at all still replaces the "*" group.
        if (!matchedSpecific && HasEmptySpecificGroup(content, productToken))
            return AllowAll;
        return new RobotsRules(matchedSpecific ? specific : general);
    }

    public bool IsAllowed(Uri url)
    {
        var path = url.AbsolutePath;
        if (path.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
            return true;
        return IsAllowed(path + url.Query);
    }

    public bool IsAllowed(string pathAndQuery)
    {
        var path = NormalizeEscapes(pathAndQuery.Length == 0 ? "/" : pathAndQuery);
        Rule? best = null;
        foreach (var rule in _rules)
        {
            if (!Matches(rule.Pattern, path))
                continue;
            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
                best = rule;
        }
        return best?.Allow ?? true;
    }

    private static bool AgentMatches(string agent, string productToken)
    {
        if (agent == "*" || agent.Length == 0)
            return false;
        // "DeepSeekNews/1.0" and "deepseeknews" both name the token.
        var name = agent.Split('/', ' ')[0];
        return name.Equals(productToken, StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasEmptySpecificGroup(string content, string productToken) =>
        content.Split('\n')
            .Select(l => l.Split('#')[0])
            .Where(l => l.Contains(':'))
            .Select(l => (Key: l[..l.IndexOf(':')].Trim().ToLowerInvariant(), Value: l[(l.IndexOf(':') + 1)..].Trim()))
            .Any(p => p.Key is "user-agent" or "useragent" && AgentMatches(p.Value, productToken));

    /// <summary>Glob match of a robots pattern against a path: "*" any run, "$" at the end anchors.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = NormalizeEscapes(anchored ? pattern[..^1] : pattern);
        return Match(p, 0, path, 0, anchored);
    }

    private static bool Match(string p, int pi, string s, int si, bool anchored)
    {
        while (pi < p.Length)
        {
            if (p[pi] == '*')
            {
                while (pi < p.Length && p[pi] == '*')
                    pi++;
                if (pi == p.Length)
                    return true;
                for (var k = si; k <= s.Length; k++)
                    if (Match(p, pi, s, k, anchored))
                        return true;
                return false;
            }
            if (si >= s.Length || p[pi] != s[si])
                return false;
            pi++;
            si++;
        }
        return !anchored || si == s.Length;
    }

    /// <summary>Patterns and paths compared in one escaped form: %7e, %7E and ~ are the same, and so are raw and escaped Arabic.</summary>
    private static string NormalizeEscapes(string s)
    {
        try
        {
            return Uri.EscapeDataString(Uri.UnescapeDataString(s)).Replace("%2F", "/").Replace("%3F", "?")
                .Replace("%3D", "=").Replace("%26", "&").Replace("%2A", "*").Replace("%24", "$");
        }
        catch (UriFormatException)
        {
            return s;
        }
    }

    private sealed record Rule(string Pattern, bool Allow);
}
