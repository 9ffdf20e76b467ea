// Namespaces nearly every file of this project uses; a file adds only what is particular to it.
global using Gongkai.Core.Reports;
global using System.Globalization;
global using System.Text;
