using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Publisher.Parsing.Catalog;
using Publisher.Parsing.Model;
using Publisher.Parsing.Text;

namespace Publisher.Parsing.Entities;

/// <summary>
/// One document's entity extraction. Capitalised spans are cut into known names (registry, then gazetteer),
/// titles, adjectives and unknown runs; unknown runs are classified by their context (a title before them, a cue
/// word at their end, a given name, a speech verb, an acronym definition). Names met earlier in the document
/// resolve later short forms: a surname, "Mr X", an acronym defined in brackets, a renaming.
/// </summary>
internal sealed class MentionFinder
{
    private static readonly Regex Renaming = new(@"^\s*,?\s*(?:which|who)?\s*(?:is|was|has been|had been)?\s*(?:now\s+|later\s+|since\s+|formerly\s+)?(?:known|renamed|rebranded|called)\s+(?:itself\s+)?(?:as\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    private readonly string text;
    private readonly EntityKnowledge knowledge = EntityKnowledge.Default;
    private readonly RegistryIndex registry;
    private readonly LineMap lines;
    private readonly List<EntityMention> mentions = [];
    private readonly List<Token> rangeTokens = [];

    /// <summary>Keys and folds by surface: a document asks for the same spans many times while cutting its names.</summary>
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> folds = new(StringComparer.Ordinal);

    /// <summary>Single capitalised words that may be a surname of a full name written later in the document.</summary>
    private readonly List<(int Start, int End, string Key)> pending = [];

    /// <summary>Given names standing alone: a full name of the document, or a person of their own.</summary>
    private readonly List<(int Start, int End, string Key)> pendingGiven = [];

    /// <summary>Spellings this document defined: acronyms in brackets, renamings, full names (for their surnames).</summary>
    private readonly Dictionary<string, KnownEntity> local = new(StringComparer.Ordinal);

    /// <summary>
    /// Full person names by first and by last word (index into <see cref="mentions"/>), so resolving a given name or
    /// surname does not scan every mention: a scan made extraction quadratic in the length of the document.
    /// </summary>
    private readonly Dictionary<string, int> firstByGivenName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> lastBySurname = new(StringComparer.Ordinal);

    public MentionFinder(string text, EntityRegistry registry)
    {
        this.text = text;
        this.registry = RegistryIndex.For(registry);
        lines = new LineMap(text);
    }

    public ImmutableArray<EntityMention> Find(IReadOnlyList<TextRange> ranges)
    {
        foreach (var range in ranges)
        {
            // One list for every range: nothing keeps a range's tokens once its names are read.
            var tokens = Tokenizer.Split(text, Math.Max(0, range.Start), Math.Min(text.Length, range.End), rangeTokens);
            var headline = IsTitleCase(tokens);
            FindIn(tokens, headline);
        }

        var starts = new HashSet<int>(mentions.Select(static m => m.Source.Start));
        foreach (var (start, end, key) in pending)
        {
            if (local.TryGetValue(key, out var person) && person.Kind == EntityKind.Person && starts.Add(start))
            {
                AddMention(new EntityMention(text.Substring(start, end - start), lines.Range(start, end), person.Id, person.Name, person.Kind, MentionForm.Name));
            }
        }

        // Given names standing alone are single tokens: they can overlap a mention found before, or sit at the start
        // of one added here, never overlap each other otherwise.
        var covered = new MentionCoverage(mentions);
        var givenStarts = new HashSet<int>();
        foreach (var (start, end, key) in pendingGiven)
        {
            if (covered.Overlaps(start, end) || !givenStarts.Add(start))
            {
                continue;
            }

            var person = local.TryGetValue(key, out var known) && known.Kind == EntityKind.Person
                ? known
                : FullName(key, bySurname: false) ?? new KnownEntity(Slugs.Slugify(key), Whitespace.Replace(text.Substring(start, end - start), " "), EntityKind.Person);
            AddMention(new EntityMention(text.Substring(start, end - start), lines.Range(start, end), person.Id, person.Name, person.Kind, MentionForm.Name));
        }

        return mentions.OrderBy(static m => m.Source.Start).ToImmutableArray();
    }

    /// <summary>
    /// A full person name met so far whose first word (a given name) or last word (a surname, then the latest such
    /// name) is <paramref name="wordKey"/>.
    /// </summary>
    private KnownEntity? FullName(string wordKey, bool bySurname)
    {
        var index = bySurname ? lastBySurname : firstByGivenName;
        if (!index.TryGetValue(wordKey, out var at))
        {
            return null;
        }

        // A renaming can change a mention's name after it was indexed; then the index is not trusted and all are read.
        var indexed = mentions[at];
        if (IsFullName(indexed, wordKey, bySurname))
        {
            return new KnownEntity(indexed.EntityId, indexed.Name, EntityKind.Person);
        }

        for (var n = 0; n < mentions.Count; n++)
        {
            var mention = mentions[bySurname ? mentions.Count - 1 - n : n];
            if (mention.Kind == EntityKind.Person && mention.Form == MentionForm.Name)
            {
                var words = Key(mention.Name).Split(' ');
                if (words.Length > 1 && words[bySurname ? words.Length - 1 : 0] == wordKey)
                {
                    return new KnownEntity(mention.EntityId, mention.Name, EntityKind.Person);
                }
            }
        }

        return null;
    }

    private bool IsFullName(EntityMention mention, string wordKey, bool bySurname)
    {
        if (mention.Kind != EntityKind.Person || mention.Form != MentionForm.Name)
        {
            return false;
        }

        var words = Key(mention.Name).Split(' ');
        return words.Length > 1 && words[bySurname ? words.Length - 1 : 0] == wordKey;
    }

    private void AddMention(EntityMention mention)
    {
        mentions.Add(mention);
        IndexName(mentions.Count - 1);
    }

    private void IndexName(int at)
    {
        var mention = mentions[at];
        if (mention.Kind != EntityKind.Person || mention.Form != MentionForm.Name)
        {
            return;
        }

        var words = Key(mention.Name).Split(' ');
        if (words.Length > 1)
        {
            // The first full name with a given name wins; the latest with a surname does, as the scans they replace.
            if (!firstByGivenName.ContainsKey(words[0]))
            {
                firstByGivenName[words[0]] = at;
            }

            lastBySurname[words[words.Length - 1]] = at;
        }
    }

    private void FindIn(List<Token> tokens, bool headline)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized && !tokens[i].IsAcronym)
            {
                i++;
                continue;
            }

            var end = SpanEnd(tokens, i);
            ReadSpan(tokens, i, end, headline);
            i = end + 1;
        }
    }

    /// <summary>The last token of the capitalised run starting at <paramref name="start"/>, joined by particles.</summary>
    private static int SpanEnd(List<Token> tokens, int start)
    {
        var end = start;
        while (end + 1 < tokens.Count)
        {
            var next = tokens[end + 1];
            if (next.IsCapitalized || (next.IsAcronym && next.IsWord))
            {
                end++;
                continue;
            }

            // "of" joins only after a word that heads a name ("Bank of England", "Army of the Potomac"); after
            // anything else it separates two names ("Theriault of the Liberal Party").
            var joinsOf = next.Text != "of" || EntityKnowledge.Default.OrganizationCues.Contains(tokens[end].Text)
                || EntityKnowledge.Default.PlaceCues.Contains(tokens[end].Text) || EntityKnowledge.Default.PlaceHeads.Contains(tokens[end].Text);
            if (NameParticles.IsInner(next.Text) && next.Text != "and" && joinsOf && end + 2 < tokens.Count && tokens[end + 2].IsCapitalized)
            {
                end += 2;
                continue;
            }

            if (next.Text == "of" && joinsOf && end + 3 < tokens.Count && tokens[end + 2].Text == "the" && tokens[end + 3].IsCapitalized)
            {
                end += 3;
                continue;
            }

            // "Procter & Gamble", "Hootie & the Blowfish": an ampersand between capitalised words joins one name.
            // A full name before it ends there: "David Christison & Lee Tate" are two people.
            if (next.Text == "&" && end + 2 < tokens.Count && !(end > start && EntityKnowledge.Default.GivenNames.Contains(tokens[start].Text))
                && (tokens[end + 2].IsCapitalized
                || (tokens[end + 2].Text == "the" && end + 3 < tokens.Count && tokens[end + 3].IsCapitalized)))
            {
                end += tokens[end + 2].Text == "the" ? 3 : 2;
                continue;
            }

            // "People's Republic of China": a possessive between two capitalised words can be inside a name.
            if (next.Text is "'s" or "’s" && end + 2 < tokens.Count && tokens[end + 2].IsCapitalized
                && EntityKnowledge.Default.Aliases.ContainsKey(NameKey.Of(tokens[start].Text + "'s " + tokens[end + 2].Text + (end + 4 < tokens.Count ? " " + tokens[end + 3].Text + " " + tokens[end + 4].Text : string.Empty))))
            {
                end += 2;
                continue;
            }

            break;
        }

        return end;
    }

    private void ReadSpan(List<Token> tokens, int start, int end, bool headline)
    {
        var pos = start;
        var titled = false;
        while (pos <= end)
        {
            if (knowledge.VesselPrefixes.Contains(tokens[pos].Text))
            {
                return;
            }

            var known = MatchKnown(tokens, pos, end);
            if (known is null && TitleEnd(tokens, pos, end) is { } titleEnd)
            {
                titled = true;
                pos = titleEnd + 1;
                continue;
            }

            // "Southern California", "West Jersey": a region of a known place is a place of its own.
            if (known is null && pos < end && knowledge.RegionPrefixes.Contains(tokens[pos].Text) && !headline
                && MatchKnown(tokens, pos + 1, end) is { Entity.Kind: EntityKind.Place } region
                && AdjectiveAt(tokens, pos, end) is null && (region.End == end || !tokens[region.End + 1].IsCapitalized))
            {
                AddDiscovered(tokens, pos, region.End, EntityKind.Place);
                pos = region.End + 1;
                continue;
            }

            var cueEnd = headline ? null : CueEnd(tokens, pos, end);

            // A name ending in a cue word is one organization or place, even when it starts with a known name or an
            // adjective: "Syria Conquest Front", "Dutch National Maritime Museum", "Russian Foreign Ministry".
            if (cueEnd is { } cue && (known is null || known.Value.End < cue) && !titled)
            {
                AddDiscovered(tokens, pos, cue, SpanCueKind(tokens, pos, cue));
                pos = cue + 1;
                continue;
            }

            // "Pittsburgh Pirates", "Maine Central Railroad": a place followed by unknown name words names a team, a
            // company or an institution of that place, not the place.
            if (known is { Entity.Kind: EntityKind.Place } placeMatch && !headline && placeMatch.End < end
                && tokens[placeMatch.End + 1].IsCapitalized && !tokens[placeMatch.End + 1].IsAcronym
                && MatchKnown(tokens, placeMatch.End + 1, end) is null && TitleEnd(tokens, placeMatch.End + 1, end) is null
                && AdjectiveAt(tokens, placeMatch.End + 1, end) is null && !knowledge.NotEntities.Contains(tokens[placeMatch.End + 1].Text))
            {
                var named = UnknownRunEnd(tokens, placeMatch.End + 1, end);
                if (AllNameLike(tokens, placeMatch.End + 1, named) || CueKind(tokens[named].Text) is not null)
                {
                    // "Austin Carr", "Florence Nightingale": a place that is also a given name starts a person's name.
                    var kind = CueKind(tokens[named].Text)
                        ?? (placeMatch.End == pos && IsGivenName(tokens[pos].Text) && named - pos <= 2 ? EntityKind.Person : EntityKind.Organization);
                    AddDiscovered(tokens, pos, named, kind);
                    pos = named + 1;
                    continue;
                }
            }

            // "Michael Jordan", "John Denver": a given name followed by a one-word known place that ends the span is a
            // person's full name, not a person and a place.
            if (!headline && pos + 1 == end && IsGivenName(tokens[pos].Text) && (known is null || known.Value.End == pos)
                && !tokens[end].IsAcronym && MatchKnown(tokens, end, end) is { Entity.Kind: EntityKind.Place })
            {
                AddDiscovered(tokens, pos, end, EntityKind.Person);
                pos = end + 1;
                continue;
            }

            if (known is { } match)
            {
                Add(tokens, pos, match.End, match.Entity, MentionForm.Name);
                pos = match.End + 1;
                titled = false;
                continue;
            }

            if (AdjectiveAt(tokens, pos, end) is { } adjective)
            {
                Add(tokens, pos, adjective.End, adjective.Entity, MentionForm.Adjective);
                pos = adjective.End + 1;
                continue;
            }

            if (IsParticle(tokens[pos]) || knowledge.NotEntities.Contains(tokens[pos].Text.TrimEnd('.')))
            {
                pos++;
                continue;
            }

            var runEnd = UnknownRunEnd(tokens, pos, end);
            if (!headline)
            {
                Classify(tokens, pos, runEnd, titled);
            }

            titled = false;
            pos = runEnd + 1;
        }
    }

    /// <summary>The longest adjective or demonym at <paramref name="pos"/>: "North African" before "African".</summary>
    private (KnownEntity Entity, int End)? AdjectiveAt(List<Token> tokens, int pos, int end)
    {
        for (var last = Math.Min(end, pos + 2); last >= pos; last--)
        {
            if (knowledge.Adjectives.TryGetValue(Fold(Surface(tokens, pos, last)), out var entity))
            {
                return (entity, last);
            }
        }

        return null;
    }

    /// <summary>Unknown capitalised words up to the next known name, title or adjective.</summary>
    private int UnknownRunEnd(List<Token> tokens, int pos, int end)
    {
        var runEnd = pos;
        while (runEnd + 1 <= end
            && MatchKnown(tokens, runEnd + 1, end) is null
            && TitleEnd(tokens, runEnd + 1, end) is null
            && (!knowledge.NotEntities.Contains(tokens[runEnd + 1].Text) || InsideName(tokens, runEnd + 1, end)))
        {
            runEnd++;
        }

        // A particle cannot end a name.
        while (runEnd > pos && IsParticle(tokens[runEnd]))
        {
            runEnd--;
        }

        return runEnd;
    }

    /// <summary>A capitalised small word between two capitalised words belongs to the name: "Veterans For Peace".</summary>
    private bool InsideName(List<Token> tokens, int at, int end) =>
        at + 1 <= end && tokens[at].Text.Length <= 4 && tokens[at + 1].IsCapitalized && !knowledge.NotEntities.Contains(tokens[at + 1].Text);

    private void Classify(List<Token> tokens, int start, int end, bool titled)
    {
        if (end > start && tokens[start].Text is "The" or "the")
        {
            start++;
        }

        var first = tokens[start];
        var length = end - start + 1;
        var surface = Surface(tokens, start, end);
        var key = Key(surface);

        if (local.TryGetValue(key, out var defined))
        {
            Add(tokens, start, end, defined, MentionForm.Name);
            return;
        }

        // "Procter & Gamble", "Simon & Garfunkel": partners joined by an ampersand are a firm or a band; two given
        // names so joined ("Jared & Shannon") are two people, not one name.
        if (length >= 3 && tokens[end].IsCapitalized && Enumerable.Range(start + 1, length - 2).Any(i => tokens[i].Text == "&")
            && !(IsGivenName(first.Text) && tokens[start + 1].Text == "&" && IsGivenName(tokens[start + 2].Text)))
        {
            AddDiscovered(tokens, start, end, EntityKind.Organization);
            return;
        }

        if (CueKind(tokens[end].Text) is { } cueKind && length > 1)
        {
            AddDiscovered(tokens, start, end, cueKind);
            return;
        }

        // "Duane Bobick (born 24 August 1950)", "Smith, who …": what is born, or is a "who", is a person.
        if (length >= 2 && length <= 4 && AllNameLike(tokens, start, end) && PersonContextFollows(tokens, end))
        {
            AddDiscovered(tokens, start, end, EntityKind.Person);
            return;
        }

        // "Bandarlapalle is a small village in …": what is a village, a town or a river is a place.
        if (length <= 4 && AllNameLike(tokens, start, end) && DefinedAsPlace(tokens, end))
        {
            AddDiscovered(tokens, start, end, EntityKind.Place);
            return;
        }

        // "Fort Lauderdale", "Mount Kilimanjaro": a place word opening a name makes it a place.
        if (length >= 2 && length <= 3 && knowledge.PlacePrefixes.Contains(first.Text.TrimEnd('.')) && AllNameLike(tokens, start + 1, end))
        {
            AddDiscovered(tokens, start, end, EntityKind.Place);
            return;
        }

        // "the city of Luoyang", "a suburb of Blackburn": what a lower-case place noun is "of" is a place.
        if (length <= 3 && start >= 2 && tokens[start - 1].Text == "of" && !tokens[start - 2].IsCapitalized
            && knowledge.PlaceCues.Contains(tokens[start - 2].Text) && AllNameLike(tokens, start, end))
        {
            AddDiscovered(tokens, start, end, EntityKind.Place);
            return;
        }

        // "in Marszew", "near Gainsborough": a single unknown name after a locative preposition is a place.
        if (length == 1 && !first.SentenceStart && start > 0 && tokens[start - 1].Text is "in" or "near" or "outside"
            && AllNameLike(tokens, start, end) && !IsGivenName(first.Text))
        {
            AddDiscovered(tokens, start, end, EntityKind.Place);
            return;
        }

        // "Hayward, California", "Whitley Bay, England": a name followed by a comma and a known place is a place in it.
        if (length <= 3 && AllNameLike(tokens, start, end) && end + 2 < tokens.Count && tokens[end + 1].Text == ","
            && MatchKnown(tokens, end + 2, Math.Min(tokens.Count - 1, end + 4)) is { Entity.Kind: EntityKind.Place })
        {
            AddDiscovered(tokens, start, end, EntityKind.Place);
            return;
        }

        // "the group Veterans For Peace", "the company Gazprom": a lower-case organization noun before the name.
        if (start > 0 && !tokens[start - 1].IsCapitalized && CueKind(tokens[start - 1].Text) == EntityKind.Organization && !first.SentenceStart)
        {
            AddDiscovered(tokens, start, end, EntityKind.Organization);
            return;
        }

        // "Turkish Presidnet Recep Erdogan": a misspelt title before a full name; the name starts at the given name.
        for (var inner = IsGivenName(first.Text) ? end : start + 1; inner < end; inner++)
        {
            if (IsGivenName(tokens[inner].Text) && AllNameLike(tokens, inner, end) && end - inner <= 3)
            {
                AddDiscovered(tokens, inner, end, EntityKind.Person);
                return;
            }
        }

        // A bare surname ("Secretary General Rasmussen") cannot be told apart from other people of that name, so
        // only full names make person entities; a surname resolves to a full name met earlier.
        if ((titled && length >= 2 && AllNameLike(tokens, start, end)) || (IsGivenName(first.Text) && length >= 2 && length <= 4 && AllNameLike(tokens, start, end)))
        {
            AddDiscovered(tokens, start, end, EntityKind.Person);
            return;
        }

        // "Mr Campbell": a courtesy title makes even a bare surname a person.
        if (length <= 3 && start > 0 && knowledge.Honorifics.Contains(tokens[start - 1].Text.TrimEnd('.')) && AllNameLike(tokens, start, end))
        {
            AddDiscovered(tokens, start, end, EntityKind.Person);
            return;
        }

        // "Howard Sattler, Bob Maumill and Graham Mabury", "Head Automatica, The Receiving End of Sirens": a name
        // listed right after a discovered or known one is of the same kind.
        if (length >= 2 && length <= 5 && AllNameLike(tokens, start, end) && ListedAfter(tokens, start) is { } listedKind
            && (listedKind != EntityKind.Person || length <= 3))
        {
            AddDiscovered(tokens, start, end, listedKind);
            return;
        }

        // "Angelo grew up in Miami": a given name alone is a person. Decided at the end, when the document's full
        // names are known: "Kerry … John Kerry" is one person, and "Angelo … Angelo Fresquet" too.
        if (length == 1 && IsGivenName(first.Text) && AllNameLike(tokens, start, end) && !SpeechPrecedes(tokens, start))
        {
            pendingGiven.Add((tokens[start].Start, tokens[end].End, key));
            return;
        }

        // "signed by the Jets", "toured with the Triffids": a capitalised plural after "the" names a team or a band.
        if (length <= 3 && start > 0 && tokens[start - 1].Text == "the" && tokens[end].Text.Length > 3 && tokens[end].Text.EndsWith("s", StringComparison.Ordinal)
            && AllNameLike(tokens, start, end))
        {
            AddDiscovered(tokens, start, end, EntityKind.Organization);
            return;
        }

        if (length == 1 && !first.IsAcronym && AllNameLike(tokens, start, end))
        {
            // "between Merkel and Putin": coordinated with a person, a surname is a person's.
            if (CoordinatedWithPerson(tokens, start, end))
            {
                AddDiscovered(tokens, start, end, EntityKind.Person);
                return;
            }

            // A surname used before the full name appears ("…," said Obama. … Barack Obama): decided at the end.
            pending.Add((tokens[start].Start, tokens[end].End, key));
        }

        if (titled)
        {
            return;
        }

        // "Syrian Observatory for Human Rights (SOHR)": a name defined with an acronym is an organization.
        if (length > 1 && AcronymDefinitionFollows(tokens, end) is not null)
        {
            AddDiscovered(tokens, start, end, EntityKind.Organization);
            return;
        }

        // An unknown acronym standing alone is an organization's more often than not, but short ones are too often
        // units, grades or roles ("ERA", "DJ", "NY").
        if (length == 1 && first.IsAcronym && first.Text.Count(char.IsLetter) >= 2 && NotNextToNumber(tokens, start))
        {
            AddDiscovered(tokens, start, end, EntityKind.Organization);
            return;
        }

        if (SpeechFollows(tokens, end) || SpeechPrecedes(tokens, start))
        {
            if (length >= 2 && AllNameLike(tokens, start, end))
            {
                AddDiscovered(tokens, start, end, EntityKind.Person);
            }

            return;
        }

        // Unknown two- or three-word names need a given name first to be taken for people: without it, "Foreign
        // Affairs" or a title of a work would be.
        if (length >= 2 && length <= 3 && AllNameLike(tokens, start, end) && !first.SentenceStart && IsGivenName(first.Text))
        {
            AddDiscovered(tokens, start, end, EntityKind.Person);
        }
    }

    /// <summary>"UN-led", "Russian-backed": a compound adjective, not a name ("al-Assad" keeps its capital after the hyphen).</summary>
    private static bool LowerAfterHyphen(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private bool DefinedAsPlace(List<Token> tokens, int end)
    {
        if (end + 3 >= tokens.Count || tokens[end + 1].Text is not ("is" or "was") || tokens[end + 2].Text is not ("a" or "an" or "the"))
        {
            return false;
        }

        for (var i = end + 3; i < Math.Min(tokens.Count, end + 6); i++)
        {
            if (knowledge.PlaceCues.Contains(tokens[i].Text) && !tokens[i].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    private static bool PersonContextFollows(List<Token> tokens, int end)
    {
        var next = end + 1 < tokens.Count ? tokens[end + 1].Text : string.Empty;
        var after = end + 2 < tokens.Count ? tokens[end + 2].Text : string.Empty;
        return (next == "(" && after is "born" or "b" or "née") || (next == "," && after == "who") || next == "who";
    }

    private static bool NotNextToNumber(List<Token> tokens, int at) =>
        (at == 0 || !char.IsDigit(tokens[at - 1].Text[0])) && (at + 1 >= tokens.Count || !char.IsDigit(tokens[at + 1].Text[0]));

    private EntityKind? ListedAfter(List<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Text is "," or "and" or "&" && mentions.Count > 0
        && mentions[mentions.Count - 1] is { Form: MentionForm.Name } previous && previous.Source.End == tokens[start - 2].End
            ? previous.Kind
            : null;

    private bool CoordinatedWithPerson(List<Token> tokens, int start, int end)
    {
        if (end + 2 < tokens.Count && tokens[end + 1].Text == "and" && tokens[end + 2].IsCapitalized
            && MatchKnown(tokens, end + 2, Math.Min(tokens.Count - 1, end + 4)) is { Entity.Kind: EntityKind.Person })
        {
            return true;
        }

        return start >= 2 && tokens[start - 1].Text == "and" && mentions.Count > 0
            && mentions[mentions.Count - 1] is { Kind: EntityKind.Person } previous && previous.Source.End == tokens[start - 2].End;
    }

    private (KnownEntity Entity, int End)? MatchKnown(List<Token> tokens, int pos, int end)
    {
        // Longest first: "New York Times" before "New York".
        for (var last = Math.Min(end, pos + 7); last >= pos; last--)
        {
            var surface = Surface(tokens, pos, last);
            if (last == pos && registry.Exact.TryGetValue(surface, out var registeredExact))
            {
                return (registeredExact, last);
            }

            var key = Key(surface);
            if (registry.Aliases.TryGetValue(key, out var registered))
            {
                return (registered, last);
            }

            if (local.TryGetValue(key, out var defined))
            {
                return (defined, last);
            }

            if (last == pos && knowledge.ExactAliases.TryGetValue(surface, out var exact))
            {
                return (exact, last);
            }

            if (knowledge.Aliases.TryGetValue(key, out var known) && !(last == pos && tokens[pos].SentenceStart && knowledge.NotEntities.Contains(tokens[pos].Text)))
            {
                return (known, last);
            }

            if (last == pos && FullName(key, bySurname: true) is { } person)
            {
                return (person, last);
            }
        }

        return null;
    }

    private int? TitleEnd(List<Token> tokens, int pos, int end)
    {
        for (var last = Math.Min(end, pos + knowledge.LongestTitle - 1); last >= pos; last--)
        {
            if (knowledge.PersonTitles.Contains(Fold(Surface(tokens, pos, last))))
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>The last cue word of the span after <paramref name="pos"/>, unless a title stands between (then the name is a person's).</summary>
    private int? CueEnd(List<Token> tokens, int pos, int end)
    {
        for (var last = end; last > pos; last--)
        {
            if (CueKind(tokens[last].Text) is not null || (tokens[last].IsCapitalized && OfAfterCue(tokens, pos, last)))
            {
                for (var i = pos; i < last; i++)
                {
                    if (TitleEnd(tokens, i, last) is not null && MatchKnown(tokens, i, last) is null)
                    {
                        return null;
                    }
                }

                return last;
            }
        }

        return null;
    }

    private EntityKind SpanCueKind(List<Token> tokens, int pos, int last)
    {
        for (var i = last; i >= pos; i--)
        {
            if (CueKind(tokens[i].Text) is { } kind)
            {
                return kind;
            }
        }

        return EntityKind.Organization;
    }

    /// <summary>"Liberal Party of Nova Scotia": a cue word followed by "of" and more name belongs to one name.</summary>
    private bool OfAfterCue(List<Token> tokens, int pos, int last)
    {
        for (var i = last - 1; i > pos; i--)
        {
            if (tokens[i].Text == "of")
            {
                var head = tokens[i - 1];
                return CueKind(head.Text) is not null && (i - 1 > pos || head.IsCapitalized);
            }

            if (!tokens[i].IsCapitalized && tokens[i].Text != "the")
            {
                return false;
            }
        }

        return false;
    }

    private EntityKind? CueKind(string word) =>
        knowledge.OrganizationCues.Contains(word) ? EntityKind.Organization
        : knowledge.PlaceCues.Contains(word) ? EntityKind.Place
        : null;

    private bool IsGivenName(string word) => knowledge.GivenNames.Contains(word) || knowledge.GivenNames.Contains(Fold(word));

    private bool AllNameLike(List<Token> tokens, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            var token = tokens[i];
            if (IsParticle(token))
            {
                continue;
            }

            if (!token.IsCapitalized || token.IsAcronym || !token.Text.All(static c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.') || LowerAfterHyphen(token.Text)
                || knowledge.NotEntities.Contains(token.Text) || CueKind(token.Text) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsParticle(Token token) => NameParticles.IsInner(token.Text) || token.Text == "the";

    private bool SpeechFollows(List<Token> tokens, int end)
    {
        var next = end + 1;
        if (next < tokens.Count && tokens[next].Text == ",")
        {
            return false;
        }

        return next < tokens.Count && knowledge.SpeechVerbs.Contains(tokens[next].Text);
    }

    private bool SpeechPrecedes(List<Token> tokens, int start) =>
        start > 0 && knowledge.SpeechVerbs.Contains(tokens[start - 1].Text) && !tokens[start].SentenceStart;

    private static Token? AcronymDefinitionFollows(List<Token> tokens, int end)
    {
        if (end + 3 < tokens.Count && tokens[end + 1].Text == "(" && tokens[end + 2].IsAcronym && tokens[end + 3].Text == ")")
        {
            return tokens[end + 2];
        }

        return null;
    }

    private void AddDiscovered(List<Token> tokens, int start, int end, EntityKind kind)
    {
        if (end > start && tokens[start].Text is "The" or "the")
        {
            start++;
        }

        var name = Whitespace.Replace(Surface(tokens, start, end), " ");
        var key = Key(name);
        var entity = local.TryGetValue(key, out var known) && known.Kind == kind
            ? known
            : new KnownEntity(Slugs.Slugify(key), name, kind);
        local[key] = entity;
        Add(tokens, start, end, entity, MentionForm.Name);

        // "Nusra Front, which is now known as Syria Conquest Front": the second name is the same entity.
        if (mentions.Count >= 2)
        {
            var previous = mentions[mentions.Count - 2];
            var between = text.Substring(previous.Source.End, Math.Max(0, tokens[start].Start - previous.Source.End));
            if (previous.Kind == kind && previous.Form == MentionForm.Name && Renaming.IsMatch(between))
            {
                var renamed = new KnownEntity(previous.EntityId, previous.Name, kind);
                local[key] = renamed;
                mentions[mentions.Count - 1] = mentions[mentions.Count - 1] with { EntityId = renamed.Id, Name = renamed.Name };
                IndexName(mentions.Count - 1);
            }
        }
    }

    private void Add(List<Token> tokens, int start, int end, KnownEntity entity, MentionForm form)
    {
        // "The Netherlands", "the League": the article is not part of the name unless the name says so ("The Hague").
        if (end > start && tokens[start].Text is "The" or "the" && !entity.Name.StartsWith("The ", StringComparison.Ordinal))
        {
            start++;
        }

        var from = tokens[start].Start;
        var to = tokens[end].End;
        var surface = text.Substring(from, to - from);
        AddMention(new EntityMention(surface, lines.Range(from, to), entity.Id, entity.Name, entity.Kind, form));

        // A full person name makes its surname (and "Mr Surname") resolve to it later in the document.
        if (entity.Kind == EntityKind.Person && end > start)
        {
            local[Key(tokens[end].Text)] = entity;
        }

        // "North Atlantic Treaty Organisation (NATO)": the acronym means this entity from now on.
        if (AcronymDefinitionFollows(tokens, end) is { } acronym && entity.Kind != EntityKind.Person)
        {
            local[Key(acronym.Text)] = entity;
        }
    }

    private string Key(string surface)
    {
        if (!keys.TryGetValue(surface, out var key))
        {
            key = NameKey.Of(surface);
            keys[surface] = key;
        }

        return key;
    }

    private string Fold(string surface)
    {
        if (!folds.TryGetValue(surface, out var folded))
        {
            folded = NameKey.Fold(surface);
            folds[surface] = folded;
        }

        return folded;
    }

    private string Surface(List<Token> tokens, int start, int end) => text.Substring(tokens[start].Start, tokens[end].End - tokens[start].Start);

    /// <summary>Headlines capitalise every word, so discovery would find names everywhere; only known names count there.</summary>
    private static bool IsTitleCase(List<Token> tokens)
    {
        // A list of names ends like a sentence; a headline does not.
        if (tokens.Count > 0 && tokens[tokens.Count - 1].Text == ".")
        {
            return false;
        }

        var words = tokens.Where(static t => t.IsWord && t.Text.Length > 3).ToList();
        return words.Count >= 3 && words.Count(static t => t.IsCapitalized) >= words.Count * 0.8;
    }
}
