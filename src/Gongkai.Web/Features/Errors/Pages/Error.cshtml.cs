namespace Gongkai.Web.Features.Errors.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public void OnGet(int code) => Title = ErrorMessages.ForStatus(code, null);

    public void OnPost(int code) => OnGet(code);
}
