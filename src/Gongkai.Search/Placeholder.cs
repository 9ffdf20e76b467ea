namespace Gongkai.Search; internal static class Placeholder { }
