// The lab ACS's signing key: one key for every lab, as ACS signs for every tenant with one key of
// Microsoft's that it publishes in each tenant's metadata.
#include "LabAcsSigningKey.h"

namespace s2s::lab {
namespace {

// Made once with OpenSSL (RSA 2048, SHA-256, 2026 to 2046) and kept here rather than made at each
// start: a fresh key took a core for 0.1 to 0.7 s of every lab's start-up, beside the farm's own
// (which stays made per lab: a lab farm may be trusted by a real tenant, --endpoints). This key is
// trusted by nothing but the lab farms that read the lab tenant's metadata, and only while they do.
constexpr char certificateBase64[] =
    "MIIDKDCCAhCgAwIBAgIUGnuxSNBy6K0lgeZVub2Q5BQRFOgwDQYJKoZIhvcNAQELBQAwHTEbMBkGA1UEAwwSUzJTIFdpemFy"
    "ZCBsYWIgQUNTMB4XDTI2MTIwMjEzNDYwOVoXDTQ2MTIwMjEzNDYwOVowHTEbMBkGA1UEAwwSUzJTIFdpemFyZCBsYWIgQUNT"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAukRkcGb1Rea4LVK6iq+h1u/487wsjdvCEHdCG4PUNGkyQZKC+umU"
    "U7zVTnVVo15qLuP3MYlFpyVBy9/TT6eFgfepOdnfHeO9TiNcPGiejjYhmDQ40ybp+dBmS6t9Je8llVpkrgLMkr3s6FcVVY3A"
    "bh8v/yNYqjWdlZQWYMNkqC1oBNTZGlGcoZUETvtw+FNd9tc+OzxXDjx9LOVOc6j88Pt75W4GZrDntSRZpiz5PjIZvQHWRRl0"
    "ybM8A+lGoWzPAOkmUu1htzZk/Z0MvjJPyaKvlkeGl/rqnVTs3lTuNSQRjNYpT6eO2KklGWfp52TEDx1YX3HcxR+CkcXTW9eH"
    "2wIDAQABo2AwXjAdBgNVHQ4EFgQUDEXHRJMEFGx931C4nEX0VOvi9j8wHwYDVR0jBBgwFoAUDEXHRJMEFGx931C4nEX0VOvi"
    "9j8wDgYDVR0PAQH/BAQDAgWgMAwGA1UdEwEB/wQCMAAwDQYJKoZIhvcNAQELBQADggEBAIHX62OnnSU5gkRabFdbEiysPAav"
    "kXJDV7yP0P6afXagusG2AflWYqX8p41ftatI6iU5tgyh2gqtk8cY4n9l9Gi8a8155OxG5kuMFVkWkwJk8S3bvuDi5RCAdeu7"
    "Dk1Bhq29T10VygsV52vO5/GhczHpUYJuGEwaYYnspMah1ps02LdOkrl4YxBvU+6nEl3/wKGL+jrPH6cptJgsR+T1saTRhsWO"
    "Xbgz7ah2ct9VSY1IcFSykTF1U37L7AZ+VhPD3fGnuoOP3E3pfcY36zEqlPr/hf9GyUWGdOEC8uyf7G6ZR68N0h012+JUAi0L"
    "E8NQsUKoDDXl9GLlob367onItaw=";

constexpr char privateKeyPem[] = "-----BEGIN PRIVATE KEY-----\n"
                                 "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQC6RGRwZvVF5rgt\n"
                                 "UrqKr6HW7/jzvCyN28IQd0Ibg9Q0aTJBkoL66ZRTvNVOdVWjXmou4/cxiUWnJUHL\n"
                                 "39NPp4WB96k52d8d471OI1w8aJ6ONiGYNDjTJun50GZLq30l7yWVWmSuAsySvezo\n"
                                 "VxVVjcBuHy//I1iqNZ2VlBZgw2SoLWgE1NkaUZyhlQRO+3D4U1321z47PFcOPH0s\n"
                                 "5U5zqPzw+3vlbgZmsOe1JFmmLPk+Mhm9AdZFGXTJszwD6UahbM8A6SZS7WG3NmT9\n"
                                 "nQy+Mk/Joq+WR4aX+uqdVOzeVO41JBGM1ilPp47YqSUZZ+nnZMQPHVhfcdzFH4KR\n"
                                 "xdNb14fbAgMBAAECggEAVWppeJXuIcjkanxGaLSTjYHr8rE26TJ+MpjNqtpwJDyd\n"
                                 "PC6Ye8FDMIcmdd0ekVUJckk9oOynETfnjTstpphWg7vzUUEUrJszwzI56MW898/g\n"
                                 "5fAEoud0Ygdr8YVJVWzuGigihR1pfF0113GfqeTf+l+43dHypdMCWYZYILVZYjjv\n"
                                 "lD1mg2PWiIoDNjUJst7H7q9963LNUWGzMGwXodyT3DnJLzABiKfOJMiUhFF6sR+j\n"
                                 "XqOULl3ExjgJE4BWnZLllBPZHwXrpHPHroUe9EL2ouPiLgHcZi/0FEeRgpeMHgNx\n"
                                 "PxDBJq9tj8mN7aDCJiyGJdW0JdcptHsy0MEo6RDxOQKBgQDoM5huGXBVkKCKLsvr\n"
                                 "ZY3N3iDxB3MGa5z5b50Orcdgi1IsL2A3C8A6gFWDB5jYhnWuCvxComk3bcHJtDAa\n"
                                 "NMu45EgmUaiaihBEAhotWDUsCPQh2uVYwbUMgLpmpeaZCsw4gjOvE5LOLmIj2IKO\n"
                                 "xHkbhKLCtrVy3hzkFU0gIu0rTwKBgQDNW5cUhxDGtaJjcrv0e2+h0bEKZwSJPNiz\n"
                                 "leZZFvcNxvOjcAYEo9Y0Fpq/GfDBayUzLJmvhltnpwzsi1J+PkKGCtSgrYz00Gx/\n"
                                 "S1rS++ce6l/aRQnkX/n8BqV/ZVseLwGj/D9ORs8lyKtrvTBaVhWKPzINMzk+lwY8\n"
                                 "oOm03UtHtQKBgBvuENi1cKCqK9VTOa4P4hWwMVAssDZGfXQ3a7HXT1MajwDHlhAo\n"
                                 "9q9SvnZrVIQ+8CrGIX+2X2eOaS/k36BXV2Xe95q8WcZ08u3rPtDTelnYndzwooOh\n"
                                 "kTB2z3UHYYxpExV8+9CETzVDuQRMx696jIK12ooHRh4R/3Gj6koCSXrbAoGAQGlV\n"
                                 "/e5PaMRX5vF52rlMzmjDKwwc9B7NqaZ+1brKStv4V28vtAzfhv8AEqjERyagSGjY\n"
                                 "26E80konV5priYVlwD1ta+iDqdYl8ddk6YBxgdTps8Cr1aH0+wPqrQbRiaoczZ61\n"
                                 "DIxRNPy4J9bzb6JIp1AjFtjWP7eHEUU3iK9QiXECgYB7PaI6CGBgPr1Fv+uLrnLT\n"
                                 "QEy4WsUStqpNG5GjnAOGdxnbQ4Y2xtdW4pRsj9krCQAPfzJgSkFl7pAP6HmK6WJt\n"
                                 "h9V2h+JZxeHvoL/rwA5uQN9pxdrfWCPflmPawm0FezJDyBu4ZgpxTxh7+MkqCv7k\n"
                                 "Hgdv1XzspbvTefp9IczG+w==\n"
                                 "-----END PRIVATE KEY-----\n";

} // namespace

LabAcsSigningKey labAcsSigningKey()
{
    return LabAcsSigningKey{QByteArray::fromBase64(certificateBase64), QByteArray(privateKeyPem)};
}

} // namespace s2s::lab
