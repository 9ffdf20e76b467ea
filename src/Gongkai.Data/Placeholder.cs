namespace Gongkai.Data; public static class Placeholder { }
