using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Publisher.Cli.Serving;

/// <summary>
/// Tells open pages to reload after a rebuild, over server-sent events. A page joins by loading the reload
/// script, which serve adds to HTML it sends (the built files never contain it).
/// </summary>
public sealed class ReloadHub
{
    public const string EventsPath = "/__publisher/events";
    public const string ScriptPath = "/__publisher/reload.js";
    public const string Script = "new EventSource(\"" + EventsPath + "\").onmessage = function () { location.reload(); };\n";

    private readonly ConcurrentDictionary<Guid, Channel> clients = new();

    public int Clients => clients.Count;

    public async Task Listen(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = new Channel(context.Response);
        var id = Guid.NewGuid();
        clients[id] = channel;
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The page closed or reloaded.
        }
        finally
        {
            clients.TryRemove(id, out _);
        }
    }

    public async Task ReloadAll()
    {
        foreach (var (id, channel) in clients)
        {
            try
            {
                await channel.Send("data: reload\n\n");
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                clients.TryRemove(id, out _);
            }
        }
    }

    private sealed class Channel(HttpResponse response)
    {
        private readonly SemaphoreSlim gate = new(1, 1);

        public async Task Send(string message)
        {
            await gate.WaitAsync();
            try
            {
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(message));
                await response.Body.FlushAsync();
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
