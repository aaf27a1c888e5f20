using System.Net;
using System.Net.Sockets;

namespace StanceTracker.Abstractions.Hosting;

/// <summary>
/// Checks that a host's ports are free before it starts. Orleans binds its listeners with address reuse, so on
/// Linux a second silo on a taken port would start "successfully" and share the port with the first.
/// </summary>
public static class PortCheck
{
    /// <summary>A port nobody listens on now, for a silo that needs one but no fixed one.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Throws naming the first port already in use.</summary>
    public static void EnsureFree(params (string Name, int Port)[] ports)
    {
        foreach (var (name, port) in ports)
        {
            if (port == 0) continue;
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                probe.Bind(new IPEndPoint(IPAddress.Any, port));
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new InvalidOperationException($"the {name} port {port} is already in use (another silo or program listens there)", ex);
            }
        }
    }
}
