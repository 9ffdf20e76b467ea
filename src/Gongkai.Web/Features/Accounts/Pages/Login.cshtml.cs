using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Accounts.Pages;

[EnableRateLimiting(GongkaiServices.LoginPolicy)]
public sealed class LoginModel(SignInManager<StaffUser> signIn, GongkaiDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var v = new Validation().Text(nameof(UserName), "用户名", UserName, 64).Text(nameof(Password), "密码", Password, 128);
        if (!v.IsValid)
        {
            v.CopyTo(ModelState);
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(UserName!.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        var action = result.Succeeded ? "登录成功" : result.IsLockedOut ? "登录被拒（账号已锁定）" : "登录失败";
        audit.Record("StaffUser", user?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? UserName!.Trim(), action, user?.AgencyId, new { UserName = UserName!.Trim() });
        await db.SaveChangesAsync();

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "连续登录失败次数过多，账号已被临时锁定，请15分钟后再试或联系机构管理员。"
            : "用户名或密码不正确。");
        return Page();
    }
}
