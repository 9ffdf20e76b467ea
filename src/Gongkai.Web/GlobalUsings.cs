// Namespaces nearly every file of this project uses; a file adds only what is particular to it.
global using Gongkai.Core;
global using Gongkai.Core.Agencies;
global using Gongkai.Core.Calendar;
global using Gongkai.Core.Catalog;
global using Gongkai.Core.Reports;
global using Gongkai.Core.Requests;
global using Gongkai.Data;
global using Gongkai.Web.Shared;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using System.Globalization;
