namespace Gongkai.Data.PostgreSql; public static class Placeholder { }
