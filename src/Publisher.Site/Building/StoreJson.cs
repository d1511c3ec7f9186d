using System.Text.Json.Serialization;
using Publisher.Site.Views;

namespace Publisher.Site.Building;

/// <summary>
/// Serialization of the JSON parts of the build state and the article context store, generated at compile time:
/// a rebuild reads them first thing, and reflection-based serialization cost it about a tenth of a second of start-up
/// (type metadata and JIT) before it could tell what changed.
/// </summary>
[JsonSerializable(typeof(BuildState.Summary))]
[JsonSerializable(typeof(BuildState.Parts))]
[JsonSerializable(typeof(SiteView))]
internal sealed partial class StoreJson : JsonSerializerContext;
