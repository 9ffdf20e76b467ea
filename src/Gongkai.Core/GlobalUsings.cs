// Namespaces nearly every file of this project uses; a file adds only what is particular to it.
global using Gongkai.Core.Agencies;
global using Gongkai.Core.Auditing;
global using Gongkai.Core.Calendar;
global using Gongkai.Core.Catalog;
global using Gongkai.Core.Requests;
global using System.Globalization;
global using System.Text;
