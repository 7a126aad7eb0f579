namespace DeepSeekNews.Api.Cli;

/// <summary>
/// The shape every verb's arguments share: inputs, options with a value (--out DIR), flags (--once), repeated
/// options (--url U --url V) and configuration overrides (--Section:Key=value), which go to the host.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Inputs { get; } = [];

    public string[] ConfigurationArgs { get; private set; } = [];

    public static CliArguments Parse(string[] args, IReadOnlyCollection<string>? valueOptions = null, IReadOnlyCollection<string>? flags = null)
    {
        var parsed = new CliArguments();
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (valueOptions?.Contains(arg) == true)
            {
                if (i + 1 >= args.Length || (args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                {
                    throw new UsageException($"{arg} needs a value.");
                }
                if (!parsed._values.TryGetValue(arg, out var list))
                {
                    parsed._values[arg] = list = [];
                }
                list.Add(args[++i]);
            }
            else if (flags?.Contains(arg) == true)
            {
                parsed._flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':'))
            {
                configuration.Add(arg);
            }
            else if (arg != "-" && arg.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{arg}'.");
            }
            else
            {
                parsed.Inputs.Add(arg);
            }
        }
        parsed.ConfigurationArgs = configuration.ToArray();
        return parsed;
    }

    /// <summary>The value of a single-valued option; giving it twice is an error.</summary>
    public string? Value(string option) => _values.TryGetValue(option, out var list)
        ? list.Count == 1 ? list[0] : throw new UsageException($"{option} may be given once.")
        : null;

    public IReadOnlyList<string> Values(string option) => _values.TryGetValue(option, out var list) ? list : [];

    public bool Flag(string flag) => _flags.Contains(flag);

    /// <summary>Files named directly, and the files with one of <paramref name="extensions"/> in each folder named, in name order.</summary>
    public static List<string> ResolveFiles(IReadOnlyList<string> inputs, IReadOnlyCollection<string> extensions, string kind, bool allowStandardInput = false)
    {
        if (inputs.Count == 0)
        {
            throw new UsageException($"give at least one file or folder{(allowStandardInput ? " or - (standard input)" : "")}.");
        }
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-" && allowStandardInput)
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input)
                    .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"folder '{input}' holds no {kind} files ({string.Join(", ", extensions)}).");
                }
                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new UsageException($"'{input}' is neither a file nor a folder.");
            }
        }
        return files;
    }
}
