namespace Gongkai.Core; public static class Placeholder { }
