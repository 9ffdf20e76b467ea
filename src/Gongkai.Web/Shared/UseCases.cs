using System.Reflection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Web.Shared;

/// <summary>
/// Registers a feature's use cases by the shape they all share, so adding a use case file needs no registration line:
/// every public sealed class in the module's own namespace (not its Pages) with one public constructor that takes
/// services. Records (DTOs), page models, hosted services and authentication handlers are not use cases. Scoped, and
/// only where nothing is registered yet, so a module's explicit singletons win.
/// </summary>
public static class UseCases
{
    public static IServiceCollection AddUseCasesOf(this IServiceCollection services, Type module)
    {
        ArgumentNullException.ThrowIfNull(module);
        foreach (var type in Of(module))
        {
            services.TryAddScoped(type);
        }

        return services;
    }

    public static IEnumerable<Type> Of(Type module) =>
        module.Assembly.GetTypes().Where(t =>
            t is { IsClass: true, IsSealed: true, IsAbstract: false, IsPublic: true, IsGenericTypeDefinition: false }
            && t.Namespace == module.Namespace
            && t.GetMethod("<Clone>$") is null
            && !typeof(PageModel).IsAssignableFrom(t)
            && !typeof(IHostedService).IsAssignableFrom(t)
            && !typeof(IAuthenticationHandler).IsAssignableFrom(t)
            && !typeof(Exception).IsAssignableFrom(t)
            && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance) is [{ } ctor] && ctor.GetParameters().Length > 0);
}
