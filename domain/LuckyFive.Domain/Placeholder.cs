namespace LuckyFive.Domain;

public static class Quina
{
    public const int MaxNumber = 80;
}
