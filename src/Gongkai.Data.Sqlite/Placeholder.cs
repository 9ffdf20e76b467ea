namespace Gongkai.Data.Sqlite; public static class Placeholder { }
