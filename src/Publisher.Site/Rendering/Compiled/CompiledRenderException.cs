namespace Publisher.Site.Rendering.Compiled;

/// <summary>
/// A compiled template met something it leaves to Scriban's interpreter (a missing variable, a null target, a
/// function used as a value): the page is rendered again by the interpreter, which gives the page or the error.
/// </summary>
internal sealed class CompiledRenderException(string message) : Exception(message);
