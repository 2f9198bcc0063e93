using System.Globalization;
using System.Text;

namespace Hanyang.Gis.Data.Import;

/// <summary>
/// A parsed OGC WKT (version 1 or 2) element: <c>KEYWORD["text", 1.5, CHILD[...], BARE]</c>. Only the tree
/// is built here; what the coordinate system is, is decided by <see cref="WktCrsIdentifier"/>.
/// </summary>
/// <param name="Keyword">The keyword, upper-cased (GEOGCS, DATUM, PARAMETER, ...).</param>
/// <param name="Values">The arguments: string (quoted text or a bare word), double, or a nested <see cref="WktNode"/>.</param>
internal sealed record WktNode(string Keyword, IReadOnlyList<object> Values)
{
    /// <summary>The first argument when it is text (most elements' name), else null.</summary>
    public string? Name => Values.Count > 0 ? Values[0] as string : null;

    /// <summary>The <paramref name="index"/>-th argument as a number, or null.</summary>
    public double? Number(int index) => index < Values.Count && Values[index] is double d ? d : null;

    /// <summary>Direct children with one of the keywords.</summary>
    public IEnumerable<WktNode> Children(params string[] keywords) =>
        Values.OfType<WktNode>().Where(n => keywords.Contains(n.Keyword, StringComparer.Ordinal));

    /// <summary>The first direct child with one of the keywords, or null.</summary>
    public WktNode? Child(params string[] keywords) => Children(keywords).FirstOrDefault();

    /// <summary>Parses WKT text; throws <see cref="FormatException"/> saying where it stopped making sense.</summary>
    public static WktNode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        var node = ParseNode(text, ref position);
        SkipSpace(text, ref position);
        if (position != text.Length)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"unexpected text after the closing bracket at character {position + 1}"));
        }

        return node;
    }

    private static WktNode ParseNode(string text, ref int position)
    {
        SkipSpace(text, ref position);
        var keyword = Word(text, ref position);
        if (keyword.Length == 0)
        {
            throw Error("a keyword", text, position);
        }

        SkipSpace(text, ref position);
        if (position >= text.Length || text[position] is not ('[' or '('))
        {
            throw Error($"'[' after {keyword}", text, position);
        }

        var close = text[position] == '[' ? ']' : ')';
        position++;
        var values = new List<object>();
        while (true)
        {
            SkipSpace(text, ref position);
            if (position >= text.Length)
            {
                throw Error($"'{close}' closing {keyword}", text, position);
            }

            var c = text[position];
            if (c == close && values.Count == 0)
            {
                position++;
                return new WktNode(keyword.ToUpperInvariant(), values);
            }

            values.Add(Value(text, ref position));
            SkipSpace(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            if (position < text.Length && text[position] == close)
            {
                position++;
                return new WktNode(keyword.ToUpperInvariant(), values);
            }

            throw Error($"',' or '{close}' in {keyword}", text, position);
        }
    }

    private static object Value(string text, ref int position)
    {
        var c = text[position];
        if (c == '"')
        {
            return Quoted(text, ref position);
        }

        if (c is '-' or '+' or '.' || char.IsAsciiDigit(c))
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] is '-' or '+' or '.' or 'e' or 'E'))
            {
                position++;
            }

            return double.TryParse(text.AsSpan(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw Error("a number", text, start);
        }

        var save = position;
        var word = Word(text, ref position);
        SkipSpace(text, ref position);
        if (position < text.Length && text[position] is '[' or '(')
        {
            position = save;
            return ParseNode(text, ref position);
        }

        return word.Length > 0 ? word : throw Error("a value", text, save);
    }

    private static string Quoted(string text, ref int position)
    {
        var builder = new StringBuilder();
        position++;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c != '"')
            {
                builder.Append(c);
            }
            else if (position < text.Length && text[position] == '"')
            {
                builder.Append('"');
                position++;
            }
            else
            {
                return builder.ToString();
            }
        }

        throw Error("a closing quote", text, position);
    }

    private static string Word(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return text[start..position];
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private static FormatException Error(string expected, string text, int position) =>
        new(string.Create(CultureInfo.InvariantCulture, $"expected {expected} at character {position + 1}{(position < text.Length ? $" (found '{text[position]}')" : " (the text ended)")}"));
}
