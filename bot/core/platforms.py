"""Creator platforms: their names as people write them."""

NAMES = {
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "instagram": "Instagram",
    "x": "X",
    "bilibili": "Bilibili",
    "xiaohongshu": "Xiaohongshu",
}


def platform_name(platform: str | None) -> str:
    if not platform:
        return ""
    return NAMES.get(platform, platform.capitalize())
