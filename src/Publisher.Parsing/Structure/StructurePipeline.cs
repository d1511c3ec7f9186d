using Publisher.Parsing.Cleaning;
using Publisher.Parsing.Model;

namespace Publisher.Parsing.Structure;

/// <summary>
/// The stages in the order they must run: furniture and strong signals first, so that the headline, standfirst and
/// dateline are chosen among real text, and weak signals last. Markdown is authored, so scraping stages skip it.
/// </summary>
public sealed class StructurePipeline
{
    private static readonly Lazy<StructurePipeline> LazyDefault = new(() => new StructurePipeline(CleaningRules.Default), isThreadSafe: true);

    private readonly IReadOnlyList<IStructureStage> _scraped;
    private readonly IReadOnlyList<IStructureStage> _markdown;

    public StructurePipeline(CleaningRules rules)
    {
        var captions = new CaptionText(rules);
        var dateline = new DatelineStage(rules);
        _scraped =
        [
            new FurnitureStage(rules),
            new StrongCaptionStage(rules, captions),
            new TrailerStage(rules),
            new TitleStage(),
            dateline,
            new StandfirstStage(),
            new WeakCaptionStage(captions),
            new SubheadingStage(),
            new DuplicateStage(),
        ];
        _markdown =
        [
            new TitleStage(),
            dateline,
            new StandfirstStage(),
            new SubheadingStage(),
            new DuplicateStage(),
        ];
    }

    public static StructurePipeline Default => LazyDefault.Value;

    public void Run(ArticleDraft draft)
    {
        foreach (var stage in draft.Format == ArticleFormat.Markdown ? _markdown : _scraped)
        {
            stage.Run(draft);
        }

        foreach (var segment in draft.Segments)
        {
            if (segment.IsOpen)
            {
                segment.Role = SegmentRole.Paragraph;
            }
        }
    }
}
