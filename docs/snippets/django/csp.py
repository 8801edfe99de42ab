"""fishing/csp.py: a Content-Security-Policy header on every response.

gcds writes no inline script and no inline style, so the policy needs no 'unsafe-inline'.
"""

POLICY = "; ".join(
    [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
        # The header's search form sends people to Canada.ca's search.
        "form-action 'self' https://www.canada.ca",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", POLICY)
        return response
