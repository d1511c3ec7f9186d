using Publisher.Parsing.Entities;
using Publisher.Parsing.Model;

namespace Publisher.Tests.Entities;

/// <summary>
/// One made-up sentence per discovery rule, none from the seeds or WikiGold: the named span must come out whole and
/// of the right kind, with an empty registry.
/// </summary>
public sealed class DiscoveryRuleTests
{
    [Theory]
    [InlineData("The talks were held in Southern California last week.", "Southern California", EntityKind.Place)]
    [InlineData("Delegates flew in from Fort Lauderdale on Monday.", "Fort Lauderdale", EntityKind.Place)]
    [InlineData("Troops took the city of Kandorra after a long siege.", "Kandorra", EntityKind.Place)]
    [InlineData("Its borders covered much of the old Ottoman Empire.", "Ottoman Empire", EntityKind.Place)]
    [InlineData("A deal with Procter & Gamble was signed on Friday.", "Procter & Gamble", EntityKind.Organization)]
    [InlineData("Shares in AT&T fell sharply after the report.", "AT&T", EntityKind.Organization)]
    [InlineData("The Grand Trunk Railroad opened a new line.", "Grand Trunk Railroad", EntityKind.Organization)]
    [InlineData("The guests included Michael Jordan and several senators.", "Michael Jordan", EntityKind.Person)]
    [InlineData("William Henry Tolliver was born in a small town.", "William Henry Tolliver", EntityKind.Person)]
    [InlineData("The guests were Harriet Quimby, Arthur Pennock, Walter Brisbane and others.", "Walter Brisbane", EntityKind.Person)]
    public void A_rule_finds_the_whole_name_with_its_kind(string sentence, string name, EntityKind kind)
    {
        var mentions = EntityExtractor.Extract(sentence, [new TextRange(0, sentence.Length)]);

        Assert.Contains(mentions, m => m.Text == name && m.Kind == kind && m.Form == MentionForm.Name);
    }

    [Fact]
    public void Two_full_names_joined_by_an_ampersand_stay_two_people()
    {
        const string sentence = "The show is hosted by David Ashworth & Lee Tanner every night.";

        var mentions = EntityExtractor.Extract(sentence, [new TextRange(0, sentence.Length)]);

        Assert.True(mentions.Any(m => m.Text == "David Ashworth" && m.Kind == EntityKind.Person), string.Join("; ", mentions.Select(m => $"{m.Text}:{m.Kind}")));
        Assert.Contains(mentions, m => m.Text == "Lee Tanner" && m.Kind == EntityKind.Person);
    }
}
