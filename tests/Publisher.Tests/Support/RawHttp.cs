using System.Net.Sockets;
using System.Text;

namespace Publisher.Tests.Support;

/// <summary>
/// Sends a request target exactly as written. HttpClient normalises "..", "%2e%2e" and backslashes away before
/// sending, so traversal attempts have to go over a bare socket to reach the server at all.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(int port, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var statusLine = response.AsSpan(0, Math.Max(0, response.IndexOf('\r')));
        return statusLine.Length > 12 && int.TryParse(statusLine[9..12], out var status) ? (status, response) : (0, response);
    }
}
