namespace Gongkai.Data;

/// <summary>Who is making the current change; supplied by the web request or the CLI.</summary>
public interface IAuditActor
{
    int? UserId { get; }

    string Name { get; }

    string? RemoteIp { get; }
}

public sealed class SystemActor(string name) : IAuditActor
{
    public static SystemActor Cli { get; } = new("cli");

    public int? UserId => null;

    public string Name => name;

    public string? RemoteIp => null;
}
